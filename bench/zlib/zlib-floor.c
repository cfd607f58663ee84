/* The floor under bench/zlib's rows: the same work done by a C loop calling Debian's
 * zlib and brotli directly (no JS, no files, one thread), to compare with node's time
 * for the row. node 24 bundles Chromium's zlib (SIMD crc32 and match finding), so when
 * this alone is slower than node, the row's cost is inside the library, not eddy.
 *   cc -O2 bench/zlib/zlib-floor.c -o /tmp/zlib-floor -lz -lbrotlienc -lbrotlidec
 *   /tmp/zlib-floor DIR        (DIR made by `cases.js make DIR 100 10`, as ./run does) */
#include <brotli/decode.h>
#include <brotli/encode.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static unsigned char* slurp(const char* dir, const char* name, size_t* len) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE* f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(1);
  }
  fseek(f, 0, SEEK_END);
  *len = (size_t)ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char* p = malloc(*len ? *len : 1);
  if (fread(p, 1, *len, f) != *len) exit(1);
  fclose(f);
  return p;
}

/* Streams node's way: 64 KiB input writes, 16 KiB output chunks (Z_DEFAULT_CHUNK). */
static size_t zlib_stream(int deflating, int window, const unsigned char* in, size_t len) {
  z_stream z = {0};
  if (deflating)
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, window, 8, Z_DEFAULT_STRATEGY);
  else
    inflateInit2(&z, window);
  unsigned char out[16 * 1024];
  size_t total = 0;
  for (size_t off = 0; off < len || deflating;) {
    size_t n = len - off < 65536 ? len - off : 65536;
    int flush = deflating && off + n == len ? Z_FINISH : Z_NO_FLUSH;
    z.next_in = (unsigned char*)in + off;
    z.avail_in = (uInt)n;
    int r;
    do {
      z.next_out = out;
      z.avail_out = sizeof out;
      r = deflating ? deflate(&z, flush) : inflate(&z, flush);
      total += sizeof out - z.avail_out;
    } while (z.avail_out == 0);
    off += n;
    if (r == Z_STREAM_END) break;
  }
  if (deflating)
    deflateEnd(&z);
  else
    inflateEnd(&z);
  return total;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: zlib-floor DIR\n");
    return 2;
  }
  const char* dir = argv[1];
  /* Freed stream memory stays in the heap, as eddy's zlib_alloc.c keeps it: else
   * every deflateInit2 of the 100k loop faults its 256 KiB in again after glibc gave
   * it back with brk, and the row times the kernel (4.5 s instead of 0.55 s). */
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  printf("zlib %s, brotli %x\n", zlibVersion(), BrotliEncoderVersion());
  size_t log_len, gz_len, small_len, br_len, packed_len;
  unsigned char* log = slurp(dir, "log.txt", &log_len);
  unsigned char* gz = slurp(dir, "log.txt.gz", &gz_len);

  double t = now_ms();
  size_t n = zlib_stream(1, 15 + 16, log, log_len);
  printf("%-18s %8.1f ms (%zu bytes)\n", "gzip", now_ms() - t, n);
  t = now_ms();
  n = zlib_stream(0, 15 + 16, gz, gz_len);
  printf("%-18s %8.1f ms (%zu bytes)\n", "gunzip", now_ms() - t, n);

  /* deflateSync-100k and inflateSync-100k: a fresh stream per record, as node makes. */
  unsigned char* packed = slurp(dir, "packed.bin", &packed_len);
  unsigned char rec[256], out[1024];
  t = now_ms();
  for (int i = 0; i < 100000; i++) {
    int len = snprintf((char*)rec, sizeof rec,
                       "{\"id\":%d,\"user\":\"u%d\",\"op\":\"update\",\"fields\":[\"name\",\"email\"],"
                       "\"ok\":true,\"n\":%d}",
                       i, i % 977, i * 7);
    z_stream z = {0};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY);
    z.next_in = rec, z.avail_in = (uInt)len, z.next_out = out, z.avail_out = sizeof out;
    deflate(&z, Z_FINISH);
    deflateEnd(&z);
  }
  printf("%-18s %8.1f ms\n", "deflateSync-100k", now_ms() - t);
  t = now_ms();
  for (size_t off = 0; off < packed_len;) {
    unsigned len = packed[off] | packed[off + 1] << 8;
    z_stream z = {0};
    inflateInit2(&z, 15);
    z.next_in = packed + off + 2, z.avail_in = len, z.next_out = out, z.avail_out = sizeof out;
    inflate(&z, Z_FINISH);
    inflateEnd(&z);
    off += 2 + len;
  }
  printf("%-18s %8.1f ms\n", "inflateSync-100k", now_ms() - t);

  if (argc > 2 && strcmp(argv[2], "--no-brotli") == 0) return 0;
  unsigned char* small = slurp(dir, "small.txt", &small_len);
  unsigned char* br = slurp(dir, "small.txt.br", &br_len);
  size_t cap = BrotliEncoderMaxCompressedSize(small_len), got = cap;
  unsigned char* buf = malloc(cap > small_len ? cap : small_len);
  t = now_ms();
  BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_DEFAULT_MODE,
                        small_len, small, &got, buf);
  printf("%-18s %8.1f ms (%zu bytes)\n", "brotli", now_ms() - t, got);
  got = small_len;
  t = now_ms();
  BrotliDecoderDecompress(br_len, br, &got, buf);
  printf("%-18s %8.1f ms (%zu bytes)\n", "unbrotli", now_ms() - t, got);
  return 0;
}
