/* zalloc/zfree for zlib's streams: malloc and free, but a few freed blocks are kept
 * for the next stream to reuse (see zlib_alloc.c). */
#ifndef EDDY_BINDING_ZLIB_ALLOC_H
#define EDDY_BINDING_ZLIB_ALLOC_H

#include <zlib.h>

voidpf eddy__zlib_alloc(voidpf opaque, uInt items, uInt size);
void eddy__zlib_free(voidpf opaque, voidpf address);

#endif
