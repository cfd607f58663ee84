/* eddy's own version, and the Node API level it implements (process.version). */
#ifndef EDDY_VERSION_H
#define EDDY_VERSION_H

#define EDDY_VERSION "0.1.0"
#define EDDY_NODE_VERSION "24.12.0"

#endif
