/* process.env of internalBinding('process') (see process_env.c). */
#ifndef EDDY_BINDING_PROCESS_ENV_H
#define EDDY_BINDING_PROCESS_ENV_H

#include <JavaScriptCore/JavaScript.h>

/* Sets binding.makeEnvObject, binding.envSync and binding.envViews on the process
 * binding object b. */
void eddy_process_env_install(JSContextRef ctx, JSObjectRef b);

#endif
