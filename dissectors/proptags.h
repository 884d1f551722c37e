/* SPDX-License-Identifier: GPL-2.0-or-later */
/* proptags.h: MS-OXPROPS property ID names and MS-OXCDATA 2.11.1 property type names. */
#ifndef OXCDATA_PROPTAGS_H
#define OXCDATA_PROPTAGS_H

#include <epan/packet.h>

/* Property ID (16 bits, high half of a property tag) -> PidTag canonical name. */
extern value_string_ext oxcdata_prop_id_vals_ext;

/* Property type (16 bits, low half of a property tag) -> Ptyp name. */
extern const value_string oxcdata_prop_type_vals[];
extern value_string_ext oxcdata_prop_type_vals_ext;

#endif /* OXCDATA_PROPTAGS_H */
