#include "syntax_check.h"

#include <jsc/jsc.h>
#include <string.h>

#include "../util/check.h"
#include "runtime.h"

bool eddy_syntax_check(eddy_runtime* rt, const char* source, size_t len, const char* url,
                       bool is_module, eddy_syntax_error* out) {
  if (!rt->syntax_context) rt->syntax_context = jsc_context_new();
  JSCException* exception = NULL;
  JSCCheckSyntaxResult r = jsc_context_check_syntax(
      rt->syntax_context, source, (gssize)len,
      is_module ? JSC_CHECK_SYNTAX_MODE_MODULE : JSC_CHECK_SYNTAX_MODE_SCRIPT, url, 1, &exception);
  if (r == JSC_CHECK_SYNTAX_RESULT_SUCCESS || !exception) {
    if (exception) g_object_unref(exception);
    return false;
  }
  out->line = jsc_exception_get_line_number(exception);
  out->column = jsc_exception_get_column_number(exception);
  const char* message = jsc_exception_get_message(exception);
  out->message = eddy_strdup(message ? message : "");
  g_object_unref(exception);
  return true;
}

void eddy_syntax_check_dispose(eddy_runtime* rt) {
  if (rt->syntax_context) g_object_unref(rt->syntax_context);
  rt->syntax_context = NULL;
}
