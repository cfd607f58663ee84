/* internalBinding('os'): the facts lib/os.js reports, read through libuv. Each
 * function returns raw data, or a negative libuv errno that lib/os.js turns into
 * node's ERR_SYSTEM_ERROR (it knows which uv_* call each function makes). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/runtime.h"
#include "../util/check.h"
#include "../util/js.h"

static JSValueRef errno_value(JSContextRef ctx, int err) { return JSValueMakeNumber(ctx, err); }

/* getHostname() -> string | errno */
static EDDY_JS_FN(os_get_hostname) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  int err = uv_os_gethostname(buf, &size);
  if (err != 0) return errno_value(ctx, err);
  return eddy_js_utf8(ctx, buf, size);
}

/* getOSInformation() -> [sysname, version, release, machine] | errno */
static EDDY_JS_FN(os_get_os_information) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  uv_utsname_t info;
  int err = uv_os_uname(&info);
  if (err != 0) return errno_value(ctx, err);
  JSValueRef v[4] = {eddy_js_cstr(ctx, info.sysname), eddy_js_cstr(ctx, info.version),
                     eddy_js_cstr(ctx, info.release), eddy_js_cstr(ctx, info.machine)};
  return eddy_js_array_of(ctx, 4, v);
}

/* getHomeDirectory() -> string | errno ($HOME first, then the password database) */
static EDDY_JS_FN(os_get_home_directory) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  char buf[4096];
  size_t size = sizeof(buf);
  int err = uv_os_homedir(buf, &size);
  if (err != 0) return errno_value(ctx, err);
  return eddy_js_utf8(ctx, buf, size);
}

/* getCPUs() -> [model, speed, user, nice, sys, idle, irq, ...] | errno */
static EDDY_JS_FN(os_get_cpus) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  uv_cpu_info_t* cpus;
  int count;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) return errno_value(ctx, err);
  JSObjectRef arr = eddy_js_array_new(ctx);
  for (int i = 0; i < count; i++) {
    size_t row = (size_t)i * 7;
    eddy_js_array_set(ctx, arr, row, eddy_js_cstr(ctx, cpus[i].model ? cpus[i].model : ""));
    eddy_js_array_set(ctx, arr, row + 1, JSValueMakeNumber(ctx, cpus[i].speed));
    eddy_js_array_set(ctx, arr, row + 2, JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.user));
    eddy_js_array_set(ctx, arr, row + 3, JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.nice));
    eddy_js_array_set(ctx, arr, row + 4, JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.sys));
    eddy_js_array_set(ctx, arr, row + 5, JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.idle));
    eddy_js_array_set(ctx, arr, row + 6, JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.irq));
  }
  uv_free_cpu_info(cpus, count);
  return arr;
}

static EDDY_JS_FN(os_get_free_mem) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, (double)uv_get_free_memory());
}

static EDDY_JS_FN(os_get_total_mem) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, (double)uv_get_total_memory());
}

/* getLoadAvg() -> [1, 5, 15 minute averages] */
static EDDY_JS_FN(os_get_load_avg) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  double avg[3];
  uv_loadavg(avg);
  JSValueRef v[3] = {JSValueMakeNumber(ctx, avg[0]), JSValueMakeNumber(ctx, avg[1]),
                     JSValueMakeNumber(ctx, avg[2])};
  return eddy_js_array_of(ctx, 3, v);
}

/* getUptime() -> seconds | errno (a negative number either way means failure:
 * uptime is never negative) */
static EDDY_JS_FN(os_get_uptime) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  double uptime;
  int err = uv_uptime(&uptime);
  if (err != 0) return errno_value(ctx, err);
  return JSValueMakeNumber(ctx, uptime);
}

static void format_mac(char out[18], const char mac[6]) {
  snprintf(out, 18, "%02x:%02x:%02x:%02x:%02x:%02x", (unsigned char)mac[0], (unsigned char)mac[1],
           (unsigned char)mac[2], (unsigned char)mac[3], (unsigned char)mac[4],
           (unsigned char)mac[5]);
}

/* getInterfaceAddresses() -> [name, address, netmask, family, mac, internal, scopeid,
 * ...] | errno; scopeid is -1 for IPv4. */
static EDDY_JS_FN(os_get_interface_addresses) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  uv_interface_address_t* ifaces;
  int count;
  int err = uv_interface_addresses(&ifaces, &count);
  if (err == UV_ENOSYS) return eddy_js_array_new(ctx);
  if (err != 0) return errno_value(ctx, err);
  JSObjectRef arr = eddy_js_array_new(ctx);
  for (int i = 0; i < count; i++) {
    size_t row = (size_t)i * 7;
    char ip[INET6_ADDRSTRLEN] = "";
    char mask[INET6_ADDRSTRLEN] = "";
    char mac[18];
    const char* family;
    double scopeid = -1;
    if (ifaces[i].address.address4.sin_family == AF_INET) {
      uv_ip4_name(&ifaces[i].address.address4, ip, sizeof(ip));
      uv_ip4_name(&ifaces[i].netmask.netmask4, mask, sizeof(mask));
      family = "IPv4";
    } else if (ifaces[i].address.address4.sin_family == AF_INET6) {
      uv_ip6_name(&ifaces[i].address.address6, ip, sizeof(ip));
      uv_ip6_name(&ifaces[i].netmask.netmask6, mask, sizeof(mask));
      family = "IPv6";
      scopeid = ifaces[i].address.address6.sin6_scope_id;
    } else {
      family = "unknown";
    }
    format_mac(mac, ifaces[i].phys_addr);
    eddy_js_array_set(ctx, arr, row, eddy_js_cstr(ctx, ifaces[i].name));
    eddy_js_array_set(ctx, arr, row + 1, eddy_js_cstr(ctx, ip));
    eddy_js_array_set(ctx, arr, row + 2, eddy_js_cstr(ctx, mask));
    eddy_js_array_set(ctx, arr, row + 3, eddy_js_cstr(ctx, family));
    eddy_js_array_set(ctx, arr, row + 4, eddy_js_cstr(ctx, mac));
    eddy_js_array_set(ctx, arr, row + 5, JSValueMakeBoolean(ctx, ifaces[i].is_internal));
    eddy_js_array_set(ctx, arr, row + 6, JSValueMakeNumber(ctx, scopeid));
  }
  uv_free_interface_addresses(ifaces, count);
  return arr;
}

/* getUserInfo() -> [uid, gid, username, homedir, shell | null] | errno */
static EDDY_JS_FN(os_get_user_info) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) return errno_value(ctx, err);
  JSValueRef v[5] = {
      JSValueMakeNumber(ctx, (double)pwd.uid),
      JSValueMakeNumber(ctx, (double)pwd.gid),
      eddy_js_utf8(ctx, pwd.username, strlen(pwd.username)),
      eddy_js_utf8(ctx, pwd.homedir, strlen(pwd.homedir)),
      pwd.shell ? eddy_js_utf8(ctx, pwd.shell, strlen(pwd.shell)) : JSValueMakeNull(ctx),
  };
  uv_os_free_passwd(&pwd);
  return eddy_js_array_of(ctx, 5, v);
}

/* getPriority(pid, out) -> 0 | errno; the priority goes to out[0] (priorities can
 * be negative, so they cannot share the return value with errnos). */
static EDDY_JS_FN(os_get_priority) {
  (void)function, (void)self;
  int pid = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  JSValueRef out = eddy_js_arg(ctx, argc, argv, 1);
  CHECK(JSValueIsObject(ctx, out));
  int priority;
  int err = uv_os_getpriority(pid, &priority);
  if (err != 0) return errno_value(ctx, err);
  JSObjectSetPropertyAtIndex(ctx, (JSObjectRef)out, 0, JSValueMakeNumber(ctx, priority), exception);
  return JSValueMakeNumber(ctx, 0);
}

/* setPriority(pid, priority) -> 0 | errno */
static EDDY_JS_FN(os_set_priority) {
  (void)function, (void)self, (void)exception;
  int pid = (int)eddy_js_arg_int(ctx, argc, argv, 0);
  int priority = (int)eddy_js_arg_int(ctx, argc, argv, 1);
  return JSValueMakeNumber(ctx, uv_os_setpriority(pid, priority));
}

static EDDY_JS_FN(os_get_available_parallelism) {
  (void)function, (void)self, (void)argc, (void)argv, (void)exception;
  return JSValueMakeNumber(ctx, uv_available_parallelism());
}

JSObjectRef eddy_binding_os_init(eddy_runtime* rt, JSContextRef ctx) {
  (void)rt;
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  eddy_js_set_fn(ctx, b, "getHostname", os_get_hostname);
  eddy_js_set_fn(ctx, b, "getOSInformation", os_get_os_information);
  eddy_js_set_fn(ctx, b, "getHomeDirectory", os_get_home_directory);
  eddy_js_set_fn(ctx, b, "getCPUs", os_get_cpus);
  eddy_js_set_fn(ctx, b, "getFreeMem", os_get_free_mem);
  eddy_js_set_fn(ctx, b, "getTotalMem", os_get_total_mem);
  eddy_js_set_fn(ctx, b, "getLoadAvg", os_get_load_avg);
  eddy_js_set_fn(ctx, b, "getUptime", os_get_uptime);
  eddy_js_set_fn(ctx, b, "getInterfaceAddresses", os_get_interface_addresses);
  eddy_js_set_fn(ctx, b, "getUserInfo", os_get_user_info);
  eddy_js_set_fn(ctx, b, "getPriority", os_get_priority);
  eddy_js_set_fn(ctx, b, "setPriority", os_set_priority);
  eddy_js_set_fn(ctx, b, "getAvailableParallelism", os_get_available_parallelism);
  return b;
}
