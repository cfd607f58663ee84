/* internalBinding('credentials'): changing the process's user and groups
 * (process.setuid/setgid/seteuid/setegid/setgroups/initgroups). lib/ validates and
 * turns names into ids first (userId/groupId answer -1 for an unknown name); the
 * setters return 0 or a negative errno.
 *
 * JS API:
 *   userId(name) / groupId(name) -> id, or -1 when there is no such user/group
 *   userName(uid)                -> the user's name, or null
 *   setId(kind, id)              kind: 0 setuid, 1 setgid, 2 seteuid, 3 setegid
 *   setGroups(ids)               -> 0 or -errno
 *   initGroups(userName, gid)    -> 0 or -errno */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"

/* getpw*_r / getgr*_r buffers grow until the entry fits. */
static char* lookup_buffer(size_t* size) {
  long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
  *size = hint > 0 ? (size_t)hint : 4096;
  return eddy_malloc(*size);
}

static EDDY_JS_FN(credentials_user_id) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  size_t size;
  char* buf = lookup_buffer(&size);
  struct passwd pw, *found = NULL;
  int rc;
  while ((rc = getpwnam_r(name, &pw, buf, size, &found)) == ERANGE) {
    size *= 2;
    buf = eddy_realloc(buf, size);
  }
  double id = rc == 0 && found ? (double)found->pw_uid : -1;
  free(buf);
  free(name);
  return JSValueMakeNumber(ctx, id);
}

static EDDY_JS_FN(credentials_group_id) {
  (void)function, (void)self;
  char* name = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!name) return NULL;
  size_t size;
  char* buf = lookup_buffer(&size);
  struct group gr, *found = NULL;
  int rc;
  while ((rc = getgrnam_r(name, &gr, buf, size, &found)) == ERANGE) {
    size *= 2;
    buf = eddy_realloc(buf, size);
  }
  double id = rc == 0 && found ? (double)found->gr_gid : -1;
  free(buf);
  free(name);
  return JSValueMakeNumber(ctx, id);
}

static EDDY_JS_FN(credentials_user_name) {
  (void)function, (void)self, (void)exception;
  uid_t uid = (uid_t)JSValueToNumber(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL);
  size_t size;
  char* buf = lookup_buffer(&size);
  struct passwd pw, *found = NULL;
  int rc;
  while ((rc = getpwuid_r(uid, &pw, buf, size, &found)) == ERANGE) {
    size *= 2;
    buf = eddy_realloc(buf, size);
  }
  JSValueRef result = rc == 0 && found ? eddy_js_cstr(ctx, found->pw_name) : JSValueMakeNull(ctx);
  free(buf);
  return result;
}

static EDDY_JS_FN(credentials_set_id) {
  (void)function, (void)self, (void)exception;
  int kind = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  double id = JSValueToNumber(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL);
  int rc;
  switch (kind) {
    case 0: rc = setuid((uid_t)id); break;
    case 1: rc = setgid((gid_t)id); break;
    case 2: rc = seteuid((uid_t)id); break;
    default: rc = setegid((gid_t)id); break;
  }
  return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno);
}

static EDDY_JS_FN(credentials_set_groups) {
  (void)function, (void)self, (void)exception;
  JSValueRef list = eddy_js_arg(ctx, argc, argv, 0);
  CHECK(JSValueIsObject(ctx, list));
  size_t n = eddy_js_length(ctx, (JSObjectRef)list);
  gid_t* groups = eddy_malloc((n ? n : 1) * sizeof(gid_t));
  for (size_t i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, (JSObjectRef)list, (unsigned)i, NULL);
    groups[i] = (gid_t)JSValueToNumber(ctx, v, NULL);
  }
  int rc = setgroups(n, groups);
  free(groups);
  return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno);
}

static EDDY_JS_FN(credentials_init_groups) {
  (void)function, (void)self;
  char* user = eddy_js_to_utf8(ctx, eddy_js_arg(ctx, argc, argv, 0), NULL, exception);
  if (!user) return NULL;
  gid_t gid = (gid_t)JSValueToNumber(ctx, eddy_js_arg(ctx, argc, argv, 1), NULL);
  int rc = initgroups(user, gid);
  free(user);
  return JSValueMakeNumber(ctx, rc == 0 ? 0 : -errno);
}

JSObjectRef eddy_binding_credentials_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "userId", credentials_user_id);
  eddy_js_set_fn(ctx, b, "groupId", credentials_group_id);
  eddy_js_set_fn(ctx, b, "userName", credentials_user_name);
  eddy_js_set_fn(ctx, b, "setId", credentials_set_id);
  eddy_js_set_fn(ctx, b, "setGroups", credentials_set_groups);
  eddy_js_set_fn(ctx, b, "initGroups", credentials_init_groups);
  return b;
}
