/* Chunk-queue BIOs for tls_wrap.c (see tls_bio.c). */
#ifndef EDDY_BINDING_TLS_BIO_H
#define EDDY_BINDING_TLS_BIO_H

#include <openssl/bio.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <uv.h>

typedef struct eddy_tls_chunk eddy_tls_chunk;

/* A new BIO, empty. Reads of an empty one ask to be retried (WANT_READ). */
BIO* eddy_tls_bio_new(void);

/* Queues malloc'd bytes (the BIO frees them once read). */
void eddy_tls_bio_give(BIO* b, char* bytes, size_t len);

/* Queues a copy of bytes. */
void eddy_tls_bio_put(BIO* b, const uint8_t* bytes, size_t len);

/* Takes every queued chunk out of the BIO (caller frees them with
 * eddy_tls_chunks_free); *total is their unread byte count. */
eddy_tls_chunk* eddy_tls_bio_take(BIO* b, size_t* total);

/* Fills up to max bufs with the chunks' unread bytes; returns how many bufs they need. */
size_t eddy_tls_chunks_bufs(eddy_tls_chunk* c, uv_buf_t* bufs, size_t max);

/* Copies the chunks' unread bytes to out (room for the total). */
void eddy_tls_chunks_copy(eddy_tls_chunk* c, char* out);

void eddy_tls_chunks_free(eddy_tls_chunk* c);

#endif
