#ifndef CXSITE_CCMARK_SHIM_H
#define CXSITE_CCMARK_SHIM_H
#include <cmark.h>
#endif
