/* The texts the kernel prints (kernel/format.ts): the build keeps them out
 * of module memory, which is RAM, and puts in the code a text reference,
 * TEXT_TAG | id (tools/ivt/text8-transform.js). The image's table
 * (generated per image by tools/ivt/build.js textTableC, const data in
 * flash) holds the texts the compiled code names, sorted by id: a text is
 * its length (16 bits, little-endian) and its bytes. */
#include <stdint.h>
#include "board.h"
#include "ivt-native.h"

#define TEXT_TAG 0xf0000000u /* tools/ivt/texts.js TEXT_TAG, kernel/format.ts */

extern const uint32_t ivt_text_count;
extern const uint16_t ivt_text_ids[];
extern const uint16_t ivt_text_at[];
extern const uint8_t ivt_text_bytes[];

/* The bytes of text reference `text` (its length first), or 0 if the image
 * has no such text. The last one found is kept, in one word (an interrupt
 * may print between a thread's reads): the kernel reads a text a
 * character at a call. */
static const uint8_t* text_of(uint32_t text) {
  static uint32_t last; /* (id + 1) << 16 | its row; 0: none yet */
  if (text < TEXT_TAG || text - TEXT_TAG >= 0xffffu) return 0;
  uint32_t id = text - TEXT_TAG, kept = last;
  if ((kept >> 16) == id + 1) return ivt_text_bytes + ivt_text_at[kept & 0xffffu];
  uint32_t lo = 0, hi = ivt_text_count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (ivt_text_ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  if (lo == ivt_text_count || ivt_text_ids[lo] != id) return 0;
  last = (id + 1) << 16 | lo;
  return ivt_text_bytes + ivt_text_at[lo];
}

static uint32_t length_of(const uint8_t* t) {
  return t ? (uint32_t)t[0] | (uint32_t)t[1] << 8 : 0;
}

u32 Z_ivtZ_text_length(struct Z_ivt_instance_t* h, u32 text) {
  (void)h;
  return length_of(text_of(text));
}

u32 Z_ivtZ_text_char(struct Z_ivt_instance_t* h, u32 text, u32 index) {
  (void)h;
  const uint8_t* t = text_of(text);
  return index < length_of(t) ? t[2 + index] : 0;
}
