/* Byte <-> text encoders with node's exact rules, on UTF-16 code units (what JS
 * strings are made of). Pure C: no engine, no allocation; callers size the output.
 *
 * Decoding text into bytes is lenient the way node is: base64 accepts both
 * alphabets, skips every character outside them and stops at the first '=';
 * hex stops at the first pair that is not two hex digits. Both look only at each
 * unit's low byte, as node does. */
#ifndef EDDY_UTIL_ENCODING_H
#define EDDY_UTIL_ENCODING_H

#include <stddef.h>
#include <stdint.h>

/* Characters needed to base64-encode len bytes (url: no padding). */
size_t eddy_base64_encoded_length(size_t len, int url);
/* Writes the encoding of len bytes as 8-bit characters; returns characters written. */
size_t eddy_base64_encode(const uint8_t* in, size_t len, uint8_t* out, int url);
/* Decodes up to cap bytes from n units; returns bytes written. */
size_t eddy_base64_decode(const uint16_t* in, size_t n, uint8_t* out, size_t cap);
/* The same for 8-bit input (bytes already in memory, as string_decoder and atob see). */
size_t eddy_base64_decode8(const uint8_t* in, size_t n, uint8_t* out, size_t cap);

/* Writes 2*len lowercase hex digits. */
void eddy_hex_encode(const uint8_t* in, size_t len, uint8_t* out);
/* Decodes up to cap bytes from n units; stops at the first invalid pair. */
size_t eddy_hex_decode(const uint16_t* in, size_t n, uint8_t* out, size_t cap);
size_t eddy_hex_decode8(const uint8_t* in, size_t n, uint8_t* out, size_t cap);

/* Each unit's low byte (latin1/binary and ascii writes: node keeps the low 8 bits). */
void eddy_latin1_from_units(const uint16_t* in, size_t n, uint8_t* out);
/* Bytes as units. */
void eddy_units_from_latin1(const uint8_t* in, size_t n, uint16_t* out);
/* Bytes with the top bit cleared, as node's ascii decoding does. */
void eddy_ascii_from_bytes(const uint8_t* in, size_t n, uint8_t* out);

/* Byte-order swaps in place over len bytes (len a multiple of the width). */
void eddy_swap16(uint8_t* p, size_t len);
void eddy_swap32(uint8_t* p, size_t len);
void eddy_swap64(uint8_t* p, size_t len);

/* True when the bytes are well-formed UTF-8 (no surrogates, no overlongs). */
int eddy_is_utf8(const uint8_t* in, size_t len);

/* Length of an incomplete UTF-8 sequence at the end of in (0..3): the bytes a
 * streaming decoder must hold back for the next chunk. */
size_t eddy_utf8_incomplete_tail(const uint8_t* in, size_t len);

#endif
