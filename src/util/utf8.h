/* UTF-8 <-> UTF-16 conversion with the WHATWG rules Node follows: every invalid
 * byte sequence decodes to U+FFFD (maximal-subpart replacement), and a lone
 * surrogate encodes as EF BF BD. JSC's own conversions reject such input, so
 * every string crossing the boundary as bytes goes through here. */
#ifndef EDDY_UTIL_UTF8_H
#define EDDY_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes len bytes into out, which must hold len units. Returns units written. */
size_t eddy_utf8_decode(const uint8_t* in, size_t len, uint16_t* out);

/* Bytes needed to encode n UTF-16 units (at most 3 per unit). */
size_t eddy_utf8_length(const uint16_t* in, size_t n);

/* Encodes n units into out (room for eddy_utf8_length bytes). Returns bytes written.
 * Stops before a code point that would not fit in cap bytes when cap is smaller. */
size_t eddy_utf8_encode(const uint16_t* in, size_t n, uint8_t* out, size_t cap, size_t* units_read);

/* The same two for Latin-1 text (a JS string stored 8-bit): 1 or 2 bytes a character. */
size_t eddy_utf8_length_latin1(const uint8_t* in, size_t n);
size_t eddy_utf8_encode_latin1(const uint8_t* in, size_t n, uint8_t* out, size_t cap,
                               size_t* chars_read);

/* True when every byte is below 0x80. */
int eddy_is_ascii(const uint8_t* in, size_t len);

#endif
