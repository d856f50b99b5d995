#ifndef COPYDESK_CZLIB_SHIM_H
#define COPYDESK_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 and deflateInit2 are macros that pass the library version and the stream's size:
   Swift cannot import macros with arguments, so these wrap them. */
static inline int copydesk_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

static inline int copydesk_deflateInit2(z_streamp stream, int level, int windowBits) {
    return deflateInit2(stream, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}

#endif
