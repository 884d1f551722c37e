/* SPDX-License-Identifier: GPL-2.0-or-later */
/* errcodes.h: MS-OXCDATA 2.4 error codes (ReturnValue, ErrorCode, PtypErrorCode). */
#ifndef OXCDATA_ERRCODES_H
#define OXCDATA_ERRCODES_H

#include <epan/packet.h>

extern value_string_ext oxcdata_error_code_vals_ext;

#endif /* OXCDATA_ERRCODES_H */
