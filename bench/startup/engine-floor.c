/* The least any JavaScriptCore embedder pays to start: load the engine, create one
 * context, evaluate "0", exit. bench/startup/run times it beside eddy and node, so the
 * start-up ratios can be read against what the engine alone costs. */
#include <JavaScriptCore/JavaScript.h>

int main(void) {
  JSGlobalContextRef ctx = JSGlobalContextCreate(NULL);
  JSStringRef source = JSStringCreateWithUTF8CString("0");
  JSEvaluateScript(ctx, source, NULL, NULL, 1, NULL);
  JSStringRelease(source);
  JSGlobalContextRelease(ctx);
  return 0;
}
