/* Transform throughput: runs src/esm's module transform over a file (read as
 * Latin-1 units) repeatedly and prints MB/s of CPU time (this process's: wall time
 * on a loaded machine says more about the other processes). Built and run by
 * bench/esm/run. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "esm/transform.h"

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  FILE* f = fopen(argv[1], "rb");
  if (!f) return 1;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char* bytes = malloc((size_t)size);
  if (fread(bytes, 1, (size_t)size, f) != (size_t)size) return 1;
  fclose(f);
  uint16_t* units = malloc((size_t)size * sizeof(uint16_t));
  for (long i = 0; i < size; i++) units[i] = bytes[i];
  int runs = argc > 2 ? atoi(argv[2]) : 10;
  struct timespec a, b;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
  for (int i = 0; i < runs; i++) {
    eddy_esm_result r;
    if (eddy_esm_transform(units, (size_t)size, &r) != 0) {
      fprintf(stderr, "transform failed: %s at %zu\n", r.error, r.error_at);
      return 1;
    }
    eddy_esm_result_free(&r);
  }
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
  double secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
  printf("transform  %.1f MB in %.3f s of CPU per run   %.0f MB/s\n", (double)size / 1e6, secs / runs,
         (double)size * runs / 1e6 / secs);
  free(units);
  free(bytes);
  return 0;
}
