/* Resets the engine's date cache after the time zone changed. */
#ifndef EDDY_RUNTIME_DATE_CACHE_H
#define EDDY_RUNTIME_DATE_CACHE_H

#include <JavaScriptCore/JavaScript.h>

/* Makes ctx's VM compute local times in the zone in force now (engine.c set it):
 * dates made from here on, and every date's local fields once the engine's own copy
 * of them is gone. A no-op where the engine's cache cannot be found. */
void eddy_date_cache_reset(JSContextRef ctx);

#endif
