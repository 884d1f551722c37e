/* SPDX-License-Identifier: GPL-2.0-or-later */
/* auxbuf.c: auxiliary buffers (MS-OXCRPC 2.2.2.2 and 3.1.4.1.2): the AUX_HEADER
 * blocks of rgbAuxIn / rgbAuxOut and of the MAPI/HTTP AuxiliaryBuffer, once
 * extbuf.c has undone the RPC_HEADER_EXT (XorMagic, LZ77).
 *
 * Every block is AUX_HEADER (Size, Version, Type) then the structure that Version
 * and Type select. Variable parts (strings, addresses) sit after the fixed part,
 * at offsets "from the beginning of the AUX_HEADER structure"; offset 0 means the
 * field is absent. The blocks are described as data (one field list per
 * structure) walked by one function.
 *
 * Sources: the structure layouts are MS-OXCRPC 2.2.2.2.1-2.2.2.2.23 (section
 * numbers above each list). The Type values past 0x03 and the Version 2 mapping
 * come from the type table of 2.2.2.2 as copied by gromox (aux_types.h) and
 * Microsoft's MAPI Inspector, which agree; AUX_TYPE_SERVER_CAPABILITIES (0x46)
 * from MAPI Inspector only. The ConnectionFlags bit of AUX_CLIENT_CONNECTION_INFO
 * is named as gromox names it (CONNECTION_FLAG_CACHED_MODE): the spec table
 * was not retrieved.
 */
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/unit_strings.h>

#include "oxcrops.h"
#include "auxbuf.h"
#include "errcodes.h"

#define AUX_HEADER_LEN 4

static int hf_aux_block = -1;
static int hf_aux_size = -1;
static int hf_aux_version = -1;
static int hf_aux_type = -1;
static int hf_aux_data = -1;
static int hf_perf_requestid_session_id = -1;
static int hf_perf_requestid_request_id = -1;
static int hf_perf_sessioninfo_session_id = -1;
static int hf_perf_sessioninfo_reserved = -1;
static int hf_perf_sessioninfo_session_guid = -1;
static int hf_perf_sessioninfo_v2_session_id = -1;
static int hf_perf_sessioninfo_v2_reserved = -1;
static int hf_perf_sessioninfo_v2_session_guid = -1;
static int hf_perf_sessioninfo_v2_connection_id = -1;
static int hf_perf_clientinfo_adapter_speed = -1;
static int hf_perf_clientinfo_client_id = -1;
static int hf_perf_clientinfo_machine_name_offset = -1;
static int hf_perf_clientinfo_machine_name = -1;
static int hf_perf_clientinfo_user_name_offset = -1;
static int hf_perf_clientinfo_user_name = -1;
static int hf_perf_clientinfo_client_ip_size = -1;
static int hf_perf_clientinfo_client_ip_offset = -1;
static int hf_perf_clientinfo_client_ip = -1;
static int hf_perf_clientinfo_client_ip_mask_size = -1;
static int hf_perf_clientinfo_client_ip_mask_offset = -1;
static int hf_perf_clientinfo_client_ip_mask = -1;
static int hf_perf_clientinfo_adapter_name_offset = -1;
static int hf_perf_clientinfo_adapter_name = -1;
static int hf_perf_clientinfo_mac_address_size = -1;
static int hf_perf_clientinfo_mac_address_offset = -1;
static int hf_perf_clientinfo_mac_address = -1;
static int hf_perf_clientinfo_client_mode = -1;
static int hf_perf_clientinfo_reserved = -1;
static int hf_perf_serverinfo_server_id = -1;
static int hf_perf_serverinfo_server_type = -1;
static int hf_perf_serverinfo_server_dn_offset = -1;
static int hf_perf_serverinfo_server_dn = -1;
static int hf_perf_serverinfo_server_name_offset = -1;
static int hf_perf_serverinfo_server_name = -1;
static int hf_perf_processinfo_process_id = -1;
static int hf_perf_processinfo_reserved_1 = -1;
static int hf_perf_processinfo_process_guid = -1;
static int hf_perf_processinfo_process_name_offset = -1;
static int hf_perf_processinfo_process_name = -1;
static int hf_perf_processinfo_reserved_2 = -1;
static int hf_perf_defmdb_success_time_since_request = -1;
static int hf_perf_defmdb_success_time_to_complete_request = -1;
static int hf_perf_defmdb_success_request_id = -1;
static int hf_perf_defmdb_success_reserved = -1;
static int hf_perf_defgc_success_server_id = -1;
static int hf_perf_defgc_success_session_id = -1;
static int hf_perf_defgc_success_time_since_request = -1;
static int hf_perf_defgc_success_time_to_complete_request = -1;
static int hf_perf_defgc_success_request_operation = -1;
static int hf_perf_defgc_success_reserved = -1;
static int hf_perf_mdb_success_client_id = -1;
static int hf_perf_mdb_success_server_id = -1;
static int hf_perf_mdb_success_session_id = -1;
static int hf_perf_mdb_success_request_id = -1;
static int hf_perf_mdb_success_time_since_request = -1;
static int hf_perf_mdb_success_time_to_complete_request = -1;
static int hf_perf_mdb_success_v2_process_id = -1;
static int hf_perf_mdb_success_v2_client_id = -1;
static int hf_perf_mdb_success_v2_server_id = -1;
static int hf_perf_mdb_success_v2_session_id = -1;
static int hf_perf_mdb_success_v2_request_id = -1;
static int hf_perf_mdb_success_v2_reserved = -1;
static int hf_perf_mdb_success_v2_time_since_request = -1;
static int hf_perf_mdb_success_v2_time_to_complete_request = -1;
static int hf_perf_gc_success_client_id = -1;
static int hf_perf_gc_success_server_id = -1;
static int hf_perf_gc_success_session_id = -1;
static int hf_perf_gc_success_reserved_1 = -1;
static int hf_perf_gc_success_time_since_request = -1;
static int hf_perf_gc_success_time_to_complete_request = -1;
static int hf_perf_gc_success_request_operation = -1;
static int hf_perf_gc_success_reserved_2 = -1;
static int hf_perf_gc_success_v2_process_id = -1;
static int hf_perf_gc_success_v2_client_id = -1;
static int hf_perf_gc_success_v2_server_id = -1;
static int hf_perf_gc_success_v2_session_id = -1;
static int hf_perf_gc_success_v2_time_since_request = -1;
static int hf_perf_gc_success_v2_time_to_complete_request = -1;
static int hf_perf_gc_success_v2_request_operation = -1;
static int hf_perf_gc_success_v2_reserved = -1;
static int hf_perf_failure_client_id = -1;
static int hf_perf_failure_server_id = -1;
static int hf_perf_failure_session_id = -1;
static int hf_perf_failure_request_id = -1;
static int hf_perf_failure_time_since_request = -1;
static int hf_perf_failure_time_to_fail_request = -1;
static int hf_perf_failure_result_code = -1;
static int hf_perf_failure_request_operation = -1;
static int hf_perf_failure_reserved = -1;
static int hf_perf_failure_v2_process_id = -1;
static int hf_perf_failure_v2_client_id = -1;
static int hf_perf_failure_v2_server_id = -1;
static int hf_perf_failure_v2_session_id = -1;
static int hf_perf_failure_v2_request_id = -1;
static int hf_perf_failure_v2_reserved_1 = -1;
static int hf_perf_failure_v2_time_since_request = -1;
static int hf_perf_failure_v2_time_to_fail_request = -1;
static int hf_perf_failure_v2_result_code = -1;
static int hf_perf_failure_v2_request_operation = -1;
static int hf_perf_failure_v2_reserved_2 = -1;
static int hf_client_control_enable_flags = -1;
static int hf_client_control_enable_flags_enable_perf_sendtoserver = -1;
static int hf_client_control_enable_flags_enable_compression = -1;
static int hf_client_control_enable_flags_enable_http_tunneling = -1;
static int hf_client_control_enable_flags_enable_perf_sendgcdata = -1;
static int hf_client_control_expiry_time = -1;
static int hf_osversioninfo_os_version_info_size = -1;
static int hf_osversioninfo_major_version = -1;
static int hf_osversioninfo_minor_version = -1;
static int hf_osversioninfo_build_number = -1;
static int hf_osversioninfo_reserved_1 = -1;
static int hf_osversioninfo_service_pack_major = -1;
static int hf_osversioninfo_service_pack_minor = -1;
static int hf_osversioninfo_reserved_2 = -1;
static int hf_exorginfo_org_flags = -1;
static int hf_exorginfo_org_flags_public_folders_enabled = -1;
static int hf_exorginfo_org_flags_use_autodiscover_for_public_folder_configuration = -1;
static int hf_perf_accountinfo_client_id = -1;
static int hf_perf_accountinfo_reserved = -1;
static int hf_perf_accountinfo_account = -1;
static int hf_server_capabilities_server_capability_flags = -1;
static int hf_server_capabilities_server_capability_flags_packed_fast_transfer_upload_buffers = -1;
static int hf_server_capabilities_server_capability_flags_packed_write_stream_upload_buffers = -1;
static int hf_server_capabilities_server_capability_flags_ultra_large_packed_download_buffers = -1;
static int hf_endpoint_capabilities_endpoint_capability_flag = -1;
static int hf_endpoint_capabilities_endpoint_capability_flag_single_endpoint = -1;
static int hf_client_connection_info_connection_guid = -1;
static int hf_client_connection_info_offset_connection_context_info = -1;
static int hf_client_connection_info_connection_context_info = -1;
static int hf_client_connection_info_reserved = -1;
static int hf_client_connection_info_connection_attempts = -1;
static int hf_client_connection_info_connection_flags = -1;
static int hf_client_connection_info_connection_flags_cached_mode = -1;
static int hf_server_session_info_offset_server_session_context_info = -1;
static int hf_server_session_info_server_session_context_info = -1;
static int hf_protocol_device_identification_device_manufacturer_offset = -1;
static int hf_protocol_device_identification_device_manufacturer = -1;
static int hf_protocol_device_identification_device_model_offset = -1;
static int hf_protocol_device_identification_device_model = -1;
static int hf_protocol_device_identification_device_serial_number_offset = -1;
static int hf_protocol_device_identification_device_serial_number = -1;
static int hf_protocol_device_identification_device_version_offset = -1;
static int hf_protocol_device_identification_device_version = -1;
static int hf_protocol_device_identification_device_firmware_version_offset = -1;
static int hf_protocol_device_identification_device_firmware_version = -1;

static gint ett_aux = -1;
static gint ett_aux_flags = -1;

static expert_field ei_aux_size = EI_INIT;
static expert_field ei_aux_offset = EI_INIT;
static expert_field ei_aux_unknown = EI_INIT;
static expert_field ei_aux_string = EI_INIT;

/* MS-OXCRPC 2.2.2.2: AUX_HEADER Version */
#define AUX_VERSION_1 0x01
#define AUX_VERSION_2 0x02
static const value_string aux_version_vals[] = {
    { AUX_VERSION_1, "AUX_VERSION_1" },
    { AUX_VERSION_2, "AUX_VERSION_2" },
    { 0, NULL }
};

/* MS-OXCRPC 2.2.2.2: AUX_HEADER Type (with Version, selects the block structure) */
static const value_string aux_type_vals[] = {
    { 0x01, "AUX_TYPE_PERF_REQUESTID" },
    { 0x02, "AUX_TYPE_PERF_CLIENTINFO" },
    { 0x03, "AUX_TYPE_PERF_SERVERINFO" },
    { 0x04, "AUX_TYPE_PERF_SESSIONINFO" },
    { 0x05, "AUX_TYPE_PERF_DEFMDB_SUCCESS" },
    { 0x06, "AUX_TYPE_PERF_DEFGC_SUCCESS" },
    { 0x07, "AUX_TYPE_PERF_MDB_SUCCESS" },
    { 0x08, "AUX_TYPE_PERF_GC_SUCCESS" },
    { 0x09, "AUX_TYPE_PERF_FAILURE" },
    { 0x0A, "AUX_TYPE_CLIENT_CONTROL" },
    { 0x0B, "AUX_TYPE_PERF_PROCESSINFO" },
    { 0x0C, "AUX_TYPE_PERF_BG_DEFMDB_SUCCESS" },
    { 0x0D, "AUX_TYPE_PERF_BG_DEFGC_SUCCESS" },
    { 0x0E, "AUX_TYPE_PERF_BG_MDB_SUCCESS" },
    { 0x0F, "AUX_TYPE_PERF_BG_GC_SUCCESS" },
    { 0x10, "AUX_TYPE_PERF_BG_FAILURE" },
    { 0x11, "AUX_TYPE_PERF_FG_DEFMDB_SUCCESS" },
    { 0x12, "AUX_TYPE_PERF_FG_DEFGC_SUCCESS" },
    { 0x13, "AUX_TYPE_PERF_FG_MDB_SUCCESS" },
    { 0x14, "AUX_TYPE_PERF_FG_GC_SUCCESS" },
    { 0x15, "AUX_TYPE_PERF_FG_FAILURE" },
    { 0x16, "AUX_TYPE_OSVERSIONINFO" },
    { 0x17, "AUX_TYPE_EXORGINFO" },
    { 0x18, "AUX_TYPE_PERF_ACCOUNTINFO" },
    { 0x46, "AUX_TYPE_SERVER_CAPABILITIES" },
    { 0x48, "AUX_TYPE_ENDPOINT_CAPABILITIES" },
    { 0x4A, "AUX_TYPE_CLIENT_CONNECTION_INFO" },
    { 0x4B, "AUX_TYPE_SERVER_SESSION_INFO" },
    { 0x4E, "AUX_TYPE_PROTOCOL_DEVICE_IDENTIFICATION" },
    { 0, NULL }
};

/* MS-OXCRPC 2.2.2.2.4: AUX_PERF_CLIENTINFO ClientMode */
static const value_string client_mode_vals[] = {
    { 0x00, "CLIENTMODE_UNKNOWN" },
    { 0x01, "CLIENTMODE_CLASSIC" },
    { 0x02, "CLIENTMODE_CACHED" },
    { 0, NULL }
};

/* MS-OXCRPC 2.2.2.2.5: AUX_PERF_SERVERINFO ServerType */
static const value_string server_type_vals[] = {
    { 0x00, "SERVERTYPE_UNKNOWN" },
    { 0x01, "SERVERTYPE_PRIVATE" },
    { 0x02, "SERVERTYPE_PUBLIC" },
    { 0x03, "SERVERTYPE_DIRECTORY" },
    { 0x04, "SERVERTYPE_REFERRAL" },
    { 0, NULL }
};

/* How a block field is laid out. */
typedef enum {
    AF_END = 0,
    AF_UINT,        /* little-endian integer of len bytes */
    AF_GUID,        /* 16-byte GUID */
    AF_BYTES,       /* len bytes (reserved) */
    AF_FLAGS,       /* flag field: every bit named, bits outside `defined` flagged */
    AF_SIZE,        /* 2-byte size of the byte array the next AF_BIN points at */
    AF_STR,         /* 2-byte offset of a NUL-terminated UTF-16LE string (0: absent) */
    AF_BIN          /* 2-byte offset of a byte array sized by the last AF_SIZE (0: absent) */
} aux_kind_t;

typedef struct aux_field {
    aux_kind_t    kind;
    int          *hf;
    int           len;
    int          *hf_target;    /* AF_STR, AF_BIN: the field at the offset */
    int *const   *bits;         /* AF_FLAGS */
    guint32       defined;      /* AF_FLAGS */
} aux_field_t;

#define AUX_U(hf, len)               { AF_UINT, &hf, len, NULL, NULL, 0 }
#define AUX_GUID(hf)                 { AF_GUID, &hf, 16, NULL, NULL, 0 }
#define AUX_BYTES(hf, len)           { AF_BYTES, &hf, len, NULL, NULL, 0 }
#define AUX_FLAGS(hf, bits, defined) { AF_FLAGS, &hf, 4, NULL, bits, defined }
#define AUX_SIZE(hf)                 { AF_SIZE, &hf, 2, NULL, NULL, 0 }
#define AUX_STR(hf, target)          { AF_STR, &hf, 2, &target, NULL, 0 }
#define AUX_BIN(hf, target)          { AF_BIN, &hf, 2, &target, NULL, 0 }
#define AUX_END                      { AF_END, NULL, 0, NULL, NULL, 0 }

/* MS-OXCRPC 2.2.2.2.1 AUX_PERF_REQUESTID */
static const aux_field_t perf_requestid_fields[] = {
    AUX_U(hf_perf_requestid_session_id, 2),
    AUX_U(hf_perf_requestid_request_id, 2),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.2 AUX_PERF_SESSIONINFO */
static const aux_field_t perf_sessioninfo_fields[] = {
    AUX_U(hf_perf_sessioninfo_session_id, 2),
    AUX_U(hf_perf_sessioninfo_reserved, 2),
    AUX_GUID(hf_perf_sessioninfo_session_guid),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.3 AUX_PERF_SESSIONINFO_V2 */
static const aux_field_t perf_sessioninfo_v2_fields[] = {
    AUX_U(hf_perf_sessioninfo_v2_session_id, 2),
    AUX_U(hf_perf_sessioninfo_v2_reserved, 2),
    AUX_GUID(hf_perf_sessioninfo_v2_session_guid),
    AUX_U(hf_perf_sessioninfo_v2_connection_id, 4),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.4 AUX_PERF_CLIENTINFO */
static const aux_field_t perf_clientinfo_fields[] = {
    AUX_U(hf_perf_clientinfo_adapter_speed, 4),
    AUX_U(hf_perf_clientinfo_client_id, 2),
    AUX_STR(hf_perf_clientinfo_machine_name_offset, hf_perf_clientinfo_machine_name),
    AUX_STR(hf_perf_clientinfo_user_name_offset, hf_perf_clientinfo_user_name),
    AUX_SIZE(hf_perf_clientinfo_client_ip_size),
    AUX_BIN(hf_perf_clientinfo_client_ip_offset, hf_perf_clientinfo_client_ip),
    AUX_SIZE(hf_perf_clientinfo_client_ip_mask_size),
    AUX_BIN(hf_perf_clientinfo_client_ip_mask_offset, hf_perf_clientinfo_client_ip_mask),
    AUX_STR(hf_perf_clientinfo_adapter_name_offset, hf_perf_clientinfo_adapter_name),
    AUX_SIZE(hf_perf_clientinfo_mac_address_size),
    AUX_BIN(hf_perf_clientinfo_mac_address_offset, hf_perf_clientinfo_mac_address),
    AUX_U(hf_perf_clientinfo_client_mode, 2),
    AUX_U(hf_perf_clientinfo_reserved, 2),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.5 AUX_PERF_SERVERINFO */
static const aux_field_t perf_serverinfo_fields[] = {
    AUX_U(hf_perf_serverinfo_server_id, 2),
    AUX_U(hf_perf_serverinfo_server_type, 2),
    AUX_STR(hf_perf_serverinfo_server_dn_offset, hf_perf_serverinfo_server_dn),
    AUX_STR(hf_perf_serverinfo_server_name_offset, hf_perf_serverinfo_server_name),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.6 AUX_PERF_PROCESSINFO */
static const aux_field_t perf_processinfo_fields[] = {
    AUX_U(hf_perf_processinfo_process_id, 2),
    AUX_U(hf_perf_processinfo_reserved_1, 2),
    AUX_GUID(hf_perf_processinfo_process_guid),
    AUX_STR(hf_perf_processinfo_process_name_offset, hf_perf_processinfo_process_name),
    AUX_U(hf_perf_processinfo_reserved_2, 2),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.7 AUX_PERF_DEFMDB_SUCCESS */
static const aux_field_t perf_defmdb_success_fields[] = {
    AUX_U(hf_perf_defmdb_success_time_since_request, 4),
    AUX_U(hf_perf_defmdb_success_time_to_complete_request, 4),
    AUX_U(hf_perf_defmdb_success_request_id, 2),
    AUX_U(hf_perf_defmdb_success_reserved, 2),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.8 AUX_PERF_DEFGC_SUCCESS */
static const aux_field_t perf_defgc_success_fields[] = {
    AUX_U(hf_perf_defgc_success_server_id, 2),
    AUX_U(hf_perf_defgc_success_session_id, 2),
    AUX_U(hf_perf_defgc_success_time_since_request, 4),
    AUX_U(hf_perf_defgc_success_time_to_complete_request, 4),
    AUX_U(hf_perf_defgc_success_request_operation, 1),
    AUX_BYTES(hf_perf_defgc_success_reserved, 3),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.9 AUX_PERF_MDB_SUCCESS */
static const aux_field_t perf_mdb_success_fields[] = {
    AUX_U(hf_perf_mdb_success_client_id, 2),
    AUX_U(hf_perf_mdb_success_server_id, 2),
    AUX_U(hf_perf_mdb_success_session_id, 2),
    AUX_U(hf_perf_mdb_success_request_id, 2),
    AUX_U(hf_perf_mdb_success_time_since_request, 4),
    AUX_U(hf_perf_mdb_success_time_to_complete_request, 4),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.10 AUX_PERF_MDB_SUCCESS_V2 */
static const aux_field_t perf_mdb_success_v2_fields[] = {
    AUX_U(hf_perf_mdb_success_v2_process_id, 2),
    AUX_U(hf_perf_mdb_success_v2_client_id, 2),
    AUX_U(hf_perf_mdb_success_v2_server_id, 2),
    AUX_U(hf_perf_mdb_success_v2_session_id, 2),
    AUX_U(hf_perf_mdb_success_v2_request_id, 2),
    AUX_U(hf_perf_mdb_success_v2_reserved, 2),
    AUX_U(hf_perf_mdb_success_v2_time_since_request, 4),
    AUX_U(hf_perf_mdb_success_v2_time_to_complete_request, 4),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.11 AUX_PERF_GC_SUCCESS */
static const aux_field_t perf_gc_success_fields[] = {
    AUX_U(hf_perf_gc_success_client_id, 2),
    AUX_U(hf_perf_gc_success_server_id, 2),
    AUX_U(hf_perf_gc_success_session_id, 2),
    AUX_U(hf_perf_gc_success_reserved_1, 2),
    AUX_U(hf_perf_gc_success_time_since_request, 4),
    AUX_U(hf_perf_gc_success_time_to_complete_request, 4),
    AUX_U(hf_perf_gc_success_request_operation, 1),
    AUX_BYTES(hf_perf_gc_success_reserved_2, 3),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.12 AUX_PERF_GC_SUCCESS_V2 */
static const aux_field_t perf_gc_success_v2_fields[] = {
    AUX_U(hf_perf_gc_success_v2_process_id, 2),
    AUX_U(hf_perf_gc_success_v2_client_id, 2),
    AUX_U(hf_perf_gc_success_v2_server_id, 2),
    AUX_U(hf_perf_gc_success_v2_session_id, 2),
    AUX_U(hf_perf_gc_success_v2_time_since_request, 4),
    AUX_U(hf_perf_gc_success_v2_time_to_complete_request, 4),
    AUX_U(hf_perf_gc_success_v2_request_operation, 1),
    AUX_BYTES(hf_perf_gc_success_v2_reserved, 3),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.13 AUX_PERF_FAILURE */
static const aux_field_t perf_failure_fields[] = {
    AUX_U(hf_perf_failure_client_id, 2),
    AUX_U(hf_perf_failure_server_id, 2),
    AUX_U(hf_perf_failure_session_id, 2),
    AUX_U(hf_perf_failure_request_id, 2),
    AUX_U(hf_perf_failure_time_since_request, 4),
    AUX_U(hf_perf_failure_time_to_fail_request, 4),
    AUX_U(hf_perf_failure_result_code, 4),
    AUX_U(hf_perf_failure_request_operation, 1),
    AUX_BYTES(hf_perf_failure_reserved, 3),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.14 AUX_PERF_FAILURE_V2 */
static const aux_field_t perf_failure_v2_fields[] = {
    AUX_U(hf_perf_failure_v2_process_id, 2),
    AUX_U(hf_perf_failure_v2_client_id, 2),
    AUX_U(hf_perf_failure_v2_server_id, 2),
    AUX_U(hf_perf_failure_v2_session_id, 2),
    AUX_U(hf_perf_failure_v2_request_id, 2),
    AUX_U(hf_perf_failure_v2_reserved_1, 2),
    AUX_U(hf_perf_failure_v2_time_since_request, 4),
    AUX_U(hf_perf_failure_v2_time_to_fail_request, 4),
    AUX_U(hf_perf_failure_v2_result_code, 4),
    AUX_U(hf_perf_failure_v2_request_operation, 1),
    AUX_BYTES(hf_perf_failure_v2_reserved_2, 3),
    AUX_END
};
static int *const client_control_enable_flags_bits[] = { &hf_client_control_enable_flags_enable_perf_sendtoserver, &hf_client_control_enable_flags_enable_compression, &hf_client_control_enable_flags_enable_http_tunneling, &hf_client_control_enable_flags_enable_perf_sendgcdata, NULL };
/* MS-OXCRPC 2.2.2.2.15 AUX_CLIENT_CONTROL */
static const aux_field_t client_control_fields[] = {
    AUX_FLAGS(hf_client_control_enable_flags, client_control_enable_flags_bits, 0x0000001d),
    AUX_U(hf_client_control_expiry_time, 4),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.16 AUX_OSVERSIONINFO */
static const aux_field_t osversioninfo_fields[] = {
    AUX_U(hf_osversioninfo_os_version_info_size, 4),
    AUX_U(hf_osversioninfo_major_version, 4),
    AUX_U(hf_osversioninfo_minor_version, 4),
    AUX_U(hf_osversioninfo_build_number, 4),
    AUX_BYTES(hf_osversioninfo_reserved_1, 132),
    AUX_U(hf_osversioninfo_service_pack_major, 2),
    AUX_U(hf_osversioninfo_service_pack_minor, 2),
    AUX_U(hf_osversioninfo_reserved_2, 4),
    AUX_END
};
static int *const exorginfo_org_flags_bits[] = { &hf_exorginfo_org_flags_public_folders_enabled, &hf_exorginfo_org_flags_use_autodiscover_for_public_folder_configuration, NULL };
/* MS-OXCRPC 2.2.2.2.17 AUX_EXORGINFO */
static const aux_field_t exorginfo_fields[] = {
    AUX_FLAGS(hf_exorginfo_org_flags, exorginfo_org_flags_bits, 0x00000003),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.18 AUX_PERF_ACCOUNTINFO */
static const aux_field_t perf_accountinfo_fields[] = {
    AUX_U(hf_perf_accountinfo_client_id, 2),
    AUX_U(hf_perf_accountinfo_reserved, 2),
    AUX_GUID(hf_perf_accountinfo_account),
    AUX_END
};
static int *const server_capabilities_server_capability_flags_bits[] = { &hf_server_capabilities_server_capability_flags_packed_fast_transfer_upload_buffers, &hf_server_capabilities_server_capability_flags_packed_write_stream_upload_buffers, &hf_server_capabilities_server_capability_flags_ultra_large_packed_download_buffers, NULL };
/* MS-OXCRPC 2.2.2.2.19 AUX_SERVER_CAPABILITIES */
static const aux_field_t server_capabilities_fields[] = {
    AUX_FLAGS(hf_server_capabilities_server_capability_flags, server_capabilities_server_capability_flags_bits, 0x0000000b),
    AUX_END
};
static int *const endpoint_capabilities_endpoint_capability_flag_bits[] = { &hf_endpoint_capabilities_endpoint_capability_flag_single_endpoint, NULL };
/* MS-OXCRPC 2.2.2.2.20 AUX_ENDPOINT_CAPABILITIES */
static const aux_field_t endpoint_capabilities_fields[] = {
    AUX_FLAGS(hf_endpoint_capabilities_endpoint_capability_flag, endpoint_capabilities_endpoint_capability_flag_bits, 0x00000001),
    AUX_END
};
static int *const client_connection_info_connection_flags_bits[] = { &hf_client_connection_info_connection_flags_cached_mode, NULL };
/* MS-OXCRPC 2.2.2.2.21 AUX_CLIENT_CONNECTION_INFO */
static const aux_field_t client_connection_info_fields[] = {
    AUX_GUID(hf_client_connection_info_connection_guid),
    AUX_STR(hf_client_connection_info_offset_connection_context_info, hf_client_connection_info_connection_context_info),
    AUX_U(hf_client_connection_info_reserved, 2),
    AUX_U(hf_client_connection_info_connection_attempts, 4),
    AUX_FLAGS(hf_client_connection_info_connection_flags, client_connection_info_connection_flags_bits, 0x00000001),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.22 AUX_SERVER_SESSION_INFO */
static const aux_field_t server_session_info_fields[] = {
    AUX_STR(hf_server_session_info_offset_server_session_context_info, hf_server_session_info_server_session_context_info),
    AUX_END
};
/* MS-OXCRPC 2.2.2.2.23 AUX_PROTOCOL_DEVICE_IDENTIFICATION */
static const aux_field_t protocol_device_identification_fields[] = {
    AUX_STR(hf_protocol_device_identification_device_manufacturer_offset, hf_protocol_device_identification_device_manufacturer),
    AUX_STR(hf_protocol_device_identification_device_model_offset, hf_protocol_device_identification_device_model),
    AUX_STR(hf_protocol_device_identification_device_serial_number_offset, hf_protocol_device_identification_device_serial_number),
    AUX_STR(hf_protocol_device_identification_device_version_offset, hf_protocol_device_identification_device_version),
    AUX_STR(hf_protocol_device_identification_device_firmware_version_offset, hf_protocol_device_identification_device_firmware_version),
    AUX_END
};

/* MS-OXCRPC 2.2.2.2: which structure each Version / Type pair selects. The
 * BG_ and FG_ types reuse the structure of the plain type. */
typedef struct aux_block_desc {
    guint8             version;
    guint8             type;
    const char        *name;
    const aux_field_t *fields;
} aux_block_desc_t;

static const aux_block_desc_t aux_blocks[] = {
    { AUX_VERSION_1, 0x01, "AUX_PERF_REQUESTID", perf_requestid_fields },
    { AUX_VERSION_1, 0x02, "AUX_PERF_CLIENTINFO", perf_clientinfo_fields },
    { AUX_VERSION_1, 0x03, "AUX_PERF_SERVERINFO", perf_serverinfo_fields },
    { AUX_VERSION_1, 0x04, "AUX_PERF_SESSIONINFO", perf_sessioninfo_fields },
    { AUX_VERSION_1, 0x05, "AUX_PERF_DEFMDB_SUCCESS", perf_defmdb_success_fields },
    { AUX_VERSION_1, 0x06, "AUX_PERF_DEFGC_SUCCESS", perf_defgc_success_fields },
    { AUX_VERSION_1, 0x07, "AUX_PERF_MDB_SUCCESS", perf_mdb_success_fields },
    { AUX_VERSION_1, 0x08, "AUX_PERF_GC_SUCCESS", perf_gc_success_fields },
    { AUX_VERSION_1, 0x09, "AUX_PERF_FAILURE", perf_failure_fields },
    { AUX_VERSION_1, 0x0A, "AUX_CLIENT_CONTROL", client_control_fields },
    { AUX_VERSION_1, 0x0B, "AUX_PERF_PROCESSINFO", perf_processinfo_fields },
    { AUX_VERSION_1, 0x0C, "AUX_PERF_DEFMDB_SUCCESS", perf_defmdb_success_fields },
    { AUX_VERSION_1, 0x0D, "AUX_PERF_DEFGC_SUCCESS", perf_defgc_success_fields },
    { AUX_VERSION_1, 0x0E, "AUX_PERF_MDB_SUCCESS", perf_mdb_success_fields },
    { AUX_VERSION_1, 0x0F, "AUX_PERF_GC_SUCCESS", perf_gc_success_fields },
    { AUX_VERSION_1, 0x10, "AUX_PERF_FAILURE", perf_failure_fields },
    { AUX_VERSION_1, 0x11, "AUX_PERF_DEFMDB_SUCCESS", perf_defmdb_success_fields },
    { AUX_VERSION_1, 0x12, "AUX_PERF_DEFGC_SUCCESS", perf_defgc_success_fields },
    { AUX_VERSION_1, 0x13, "AUX_PERF_MDB_SUCCESS", perf_mdb_success_fields },
    { AUX_VERSION_1, 0x14, "AUX_PERF_GC_SUCCESS", perf_gc_success_fields },
    { AUX_VERSION_1, 0x15, "AUX_PERF_FAILURE", perf_failure_fields },
    { AUX_VERSION_1, 0x16, "AUX_OSVERSIONINFO", osversioninfo_fields },
    { AUX_VERSION_1, 0x17, "AUX_EXORGINFO", exorginfo_fields },
    { AUX_VERSION_1, 0x18, "AUX_PERF_ACCOUNTINFO", perf_accountinfo_fields },
    { AUX_VERSION_1, 0x46, "AUX_SERVER_CAPABILITIES", server_capabilities_fields },
    { AUX_VERSION_1, 0x48, "AUX_ENDPOINT_CAPABILITIES", endpoint_capabilities_fields },
    { AUX_VERSION_1, 0x4A, "AUX_CLIENT_CONNECTION_INFO", client_connection_info_fields },
    { AUX_VERSION_1, 0x4B, "AUX_SERVER_SESSION_INFO", server_session_info_fields },
    { AUX_VERSION_1, 0x4E, "AUX_PROTOCOL_DEVICE_IDENTIFICATION", protocol_device_identification_fields },
    { AUX_VERSION_2, 0x04, "AUX_PERF_SESSIONINFO_V2", perf_sessioninfo_v2_fields },
    { AUX_VERSION_2, 0x07, "AUX_PERF_MDB_SUCCESS_V2", perf_mdb_success_v2_fields },
    { AUX_VERSION_2, 0x08, "AUX_PERF_GC_SUCCESS_V2", perf_gc_success_v2_fields },
    { AUX_VERSION_2, 0x09, "AUX_PERF_FAILURE_V2", perf_failure_v2_fields },
    { AUX_VERSION_2, 0x0B, "AUX_PERF_PROCESSINFO", perf_processinfo_fields },
    { AUX_VERSION_2, 0x0E, "AUX_PERF_MDB_SUCCESS_V2", perf_mdb_success_v2_fields },
    { AUX_VERSION_2, 0x0F, "AUX_PERF_GC_SUCCESS_V2", perf_gc_success_v2_fields },
    { AUX_VERSION_2, 0x10, "AUX_PERF_FAILURE_V2", perf_failure_v2_fields },
    { AUX_VERSION_2, 0x13, "AUX_PERF_MDB_SUCCESS_V2", perf_mdb_success_v2_fields },
    { AUX_VERSION_2, 0x14, "AUX_PERF_GC_SUCCESS_V2", perf_gc_success_v2_fields },
    { AUX_VERSION_2, 0x15, "AUX_PERF_FAILURE_V2", perf_failure_v2_fields },
};

static const aux_block_desc_t *
aux_block_desc(guint8 version, guint8 type)
{
    guint i;

    for (i = 0; i < G_N_ELEMENTS(aux_blocks); i++)
        if (aux_blocks[i].version == version && aux_blocks[i].type == type)
            return &aux_blocks[i];
    return NULL;
}

/* Bytes of the fixed part of a structure. */
static int
fixed_length(const aux_field_t *f)
{
    int n = 0;

    for (; f->kind != AF_END; f++)
        n += f->len;
    return n;
}

/* A variable field an offset of the fixed part points at. */
typedef struct aux_ref {
    const aux_field_t *field;
    proto_item        *item;    /* the offset field */
    guint32            offset;
    guint32            size;    /* AF_BIN */
} aux_ref_t;

#define AUX_MAX_REFS 8

/* Length of the NUL-terminated UTF-16LE string at offset, terminator included;
 * -1 if the block ends first. */
static int
utf16z_length(tvbuff_t *tvb, int offset)
{
    int end = tvb_reported_length(tvb), o;

    for (o = offset; o + 1 < end; o += 2)
        if (tvb_get_letohs(tvb, o) == 0)
            return o + 2 - offset;
    return -1;
}

/* MS-OXCRPC 2.2.2.2.x: "offset from the beginning of the AUX_HEADER structure"; it
 * must land past the fixed part and inside the block (Size). */
static void
aux_referenced_field(rop_ctx_t *c, const aux_ref_t *r, int fixed_end)
{
    int block_len = tvb_reported_length(c->tvb);
    int len;

    if (fixed_end >= block_len) {
        expert_add_info_format(c->pinfo, r->item, &ei_aux_offset,
                               "Offset %u, but the %d-byte block has no variable part", r->offset, block_len);
        return;
    }
    if ((int)r->offset < fixed_end || (int)r->offset >= block_len) {
        expert_add_info_format(c->pinfo, r->item, &ei_aux_offset,
                               "Offset %u is outside the variable part of the block (offsets %d to %d)", r->offset,
                               fixed_end, block_len - 1);
        return;
    }
    if (r->field->kind == AF_BIN) {
        if (r->offset + r->size > (guint32)block_len) {
            expert_add_info_format(c->pinfo, r->item, &ei_aux_offset, "%u bytes at offset %u run past the %d-byte block",
                                   r->size, r->offset, block_len);
            return;
        }
        proto_tree_add_item(c->tree, *r->field->hf_target, c->tvb, r->offset, r->size, ENC_NA);
        return;
    }
    len = utf16z_length(c->tvb, r->offset);
    if (len < 0) {
        proto_tree_add_expert_format(c->tree, c->pinfo, &ei_aux_string, c->tvb, r->offset, block_len - r->offset,
                                     "String at offset %u has no terminating NUL inside the block", r->offset);
        return;
    }
    proto_tree_add_item(c->tree, *r->field->hf_target, c->tvb, r->offset, len, ENC_UTF_16 | ENC_LITTLE_ENDIAN);
}

/* The fields of one block structure; c->tvb is the block from its AUX_HEADER on. */
static void
dissect_aux_fields(rop_ctx_t *c, const aux_field_t *f)
{
    aux_ref_t refs[AUX_MAX_REFS];
    guint nrefs = 0, i;
    guint32 size = 0;

    for (; f->kind != AF_END; f++) {
        switch (f->kind) {
        case AF_UINT:
            rop_uint(c, *f->hf, f->len);
            break;
        case AF_GUID:
            rop_guid(c, *f->hf);
            break;
        case AF_BYTES:
            rop_bytes(c, *f->hf, f->len);
            break;
        case AF_FLAGS:
            rop_bitmask(c, *f->hf, ett_aux_flags, f->bits, f->len, f->defined);
            break;
        case AF_SIZE:
            size = rop_uint(c, *f->hf, 2);
            break;
        case AF_STR:
        case AF_BIN:
            DISSECTOR_ASSERT(nrefs < AUX_MAX_REFS);
            refs[nrefs].field = f;
            refs[nrefs].size = size;
            refs[nrefs].item = proto_tree_add_item_ret_uint(c->tree, *f->hf, c->tvb, c->offset, 2, ENC_LITTLE_ENDIAN,
                                                            &refs[nrefs].offset);
            c->offset += 2;
            if (refs[nrefs].offset != 0)
                nrefs++;
            break;
        case AF_END:
            break;
        }
    }
    for (i = 0; i < nrefs; i++)
        aux_referenced_field(c, &refs[i], c->offset);
}

/* One AUX_HEADER and its block at offset; returns the block's Size, or 0 when
 * Size cannot be walked past (the rest of the buffer is then left). */
static int
dissect_aux_block(tvbuff_t *tvb, int offset, packet_info *pinfo, proto_tree *tree)
{
    int left = tvb_reported_length_remaining(tvb, offset);
    guint32 size, version, type;
    const aux_block_desc_t *d;
    proto_item *ti, *si;
    rop_ctx_t c;

    ti = proto_tree_add_item(tree, hf_aux_block, tvb, offset, -1, ENC_NA);
    memset(&c, 0, sizeof c);
    c.tree = proto_item_add_subtree(ti, ett_aux);
    c.pinfo = pinfo;
    c.item = ti;
    if (left < AUX_HEADER_LEN) {
        proto_tree_add_expert_format(c.tree, pinfo, &ei_aux_size, tvb, offset, left,
                                     "%d bytes cannot hold an AUX_HEADER", left);
        return 0;
    }
    si = proto_tree_add_item_ret_uint(c.tree, hf_aux_size, tvb, offset, 2, ENC_LITTLE_ENDIAN, &size);
    proto_tree_add_item_ret_uint(c.tree, hf_aux_version, tvb, offset + 2, 1, ENC_NA, &version);
    proto_tree_add_item_ret_uint(c.tree, hf_aux_type, tvb, offset + 3, 1, ENC_NA, &type);
    d = aux_block_desc((guint8)version, (guint8)type);
    proto_item_append_text(ti, ": %s", d ? d->name : val_to_str_const(type, aux_type_vals, "unknown type"));
    if (size < AUX_HEADER_LEN || (int)size > left) {
        expert_add_info_format(pinfo, si, &ei_aux_size, "AUX_HEADER Size %u does not fit the %d bytes left", size, left);
        proto_item_set_len(ti, left);
        return 0;
    }
    proto_item_set_len(ti, size);
    c.tvb = tvb_new_subset_length(tvb, offset, size);
    c.offset = AUX_HEADER_LEN;
    if (!d) {
        /* MS-OXCRPC 3.1.4.1.2: a block of unknown version and type is skipped */
        proto_tree_add_expert_format(c.tree, pinfo, &ei_aux_unknown, c.tvb, 0, size,
                                     "AUX_HEADER Version %u, Type 0x%02x: no MS-OXCRPC 2.2.2.2 structure", version,
                                     type);
    } else if (fixed_length(d->fields) > (int)size - AUX_HEADER_LEN) {
        expert_add_info_format(pinfo, si, &ei_aux_size, "%s needs %d bytes after the AUX_HEADER, Size leaves %u",
                               d->name, fixed_length(d->fields), size - AUX_HEADER_LEN);
    } else {
        dissect_aux_fields(&c, d->fields);
        return size;
    }
    if (size > AUX_HEADER_LEN)
        proto_tree_add_item(c.tree, hf_aux_data, c.tvb, AUX_HEADER_LEN, size - AUX_HEADER_LEN, ENC_NA);
    return size;
}

void
dissect_aux_blocks(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree)
{
    int offset = 0, total = tvb_reported_length(tvb);

    while (offset < total) {
        int used = dissect_aux_block(tvb, offset, pinfo, tree);
        if (used == 0)
            break;
        offset += used;
    }
}

void
auxbuf_register(void)
{
    static hf_register_info hf[] = {
        { &hf_aux_block,
          { "Auxiliary block", "oxcrops.aux_header", FT_NONE, BASE_NONE, NULL, 0,
            "AUX_HEADER and its block (MS-OXCRPC 2.2.2.2)", HFILL } },
        { &hf_aux_size,
          { "Size", "oxcrops.aux_header.size", FT_UINT16, BASE_DEC, NULL, 0,
            "Size of the AUX_HEADER and its block", HFILL } },
        { &hf_aux_version,
          { "Version", "oxcrops.aux_header.version", FT_UINT8, BASE_HEX, VALS(aux_version_vals), 0, NULL, HFILL } },
        { &hf_aux_type,
          { "Type", "oxcrops.aux_header.type", FT_UINT8, BASE_HEX, VALS(aux_type_vals), 0, NULL, HFILL } },
        { &hf_aux_data,
          { "Block data", "oxcrops.aux_header.data", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_requestid_session_id,
          { "SessionID", "oxcrops.aux.perf_requestid.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_requestid_request_id,
          { "RequestID", "oxcrops.aux.perf_requestid.request_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_sessioninfo_session_id,
          { "SessionID", "oxcrops.aux.perf_sessioninfo.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_sessioninfo_reserved,
          { "Reserved", "oxcrops.aux.perf_sessioninfo.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_sessioninfo_session_guid,
          { "SessionGuid", "oxcrops.aux.perf_sessioninfo.session_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_sessioninfo_v2_session_id,
          { "SessionID", "oxcrops.aux.perf_sessioninfo_v2.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_sessioninfo_v2_reserved,
          { "Reserved", "oxcrops.aux.perf_sessioninfo_v2.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_sessioninfo_v2_session_guid,
          { "SessionGuid", "oxcrops.aux.perf_sessioninfo_v2.session_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_sessioninfo_v2_connection_id,
          { "ConnectionID", "oxcrops.aux.perf_sessioninfo_v2.connection_id", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_adapter_speed,
          { "AdapterSpeed", "oxcrops.aux.perf_clientinfo.adapter_speed", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_kbps, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_id,
          { "ClientID", "oxcrops.aux.perf_clientinfo.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_machine_name_offset,
          { "MachineNameOffset", "oxcrops.aux.perf_clientinfo.machine_name_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_machine_name,
          { "MachineName", "oxcrops.aux.perf_clientinfo.machine_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_user_name_offset,
          { "UserNameOffset", "oxcrops.aux.perf_clientinfo.user_name_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_user_name,
          { "UserName", "oxcrops.aux.perf_clientinfo.user_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_ip_size,
          { "ClientIPSize", "oxcrops.aux.perf_clientinfo.client_ip_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_ip_offset,
          { "ClientIPOffset", "oxcrops.aux.perf_clientinfo.client_ip_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_ip,
          { "ClientIP", "oxcrops.aux.perf_clientinfo.client_ip", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_ip_mask_size,
          { "ClientIPMaskSize", "oxcrops.aux.perf_clientinfo.client_ip_mask_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_ip_mask_offset,
          { "ClientIPMaskOffset", "oxcrops.aux.perf_clientinfo.client_ip_mask_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_ip_mask,
          { "ClientIPMask", "oxcrops.aux.perf_clientinfo.client_ip_mask", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_adapter_name_offset,
          { "AdapterNameOffset", "oxcrops.aux.perf_clientinfo.adapter_name_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_adapter_name,
          { "AdapterName", "oxcrops.aux.perf_clientinfo.adapter_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_mac_address_size,
          { "MacAddressSize", "oxcrops.aux.perf_clientinfo.mac_address_size", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_mac_address_offset,
          { "MacAddressOffset", "oxcrops.aux.perf_clientinfo.mac_address_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_mac_address,
          { "MacAddress", "oxcrops.aux.perf_clientinfo.mac_address", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_clientinfo_client_mode,
          { "ClientMode", "oxcrops.aux.perf_clientinfo.client_mode", FT_UINT16, BASE_HEX, VALS(client_mode_vals), 0, NULL, HFILL } },
        { &hf_perf_clientinfo_reserved,
          { "Reserved", "oxcrops.aux.perf_clientinfo.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_serverinfo_server_id,
          { "ServerID", "oxcrops.aux.perf_serverinfo.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_serverinfo_server_type,
          { "ServerType", "oxcrops.aux.perf_serverinfo.server_type", FT_UINT16, BASE_HEX, VALS(server_type_vals), 0, NULL, HFILL } },
        { &hf_perf_serverinfo_server_dn_offset,
          { "ServerDNOffset", "oxcrops.aux.perf_serverinfo.server_dn_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_serverinfo_server_dn,
          { "ServerDN", "oxcrops.aux.perf_serverinfo.server_dn", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_serverinfo_server_name_offset,
          { "ServerNameOffset", "oxcrops.aux.perf_serverinfo.server_name_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_serverinfo_server_name,
          { "ServerName", "oxcrops.aux.perf_serverinfo.server_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_processinfo_process_id,
          { "ProcessID", "oxcrops.aux.perf_processinfo.process_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_processinfo_reserved_1,
          { "Reserved_1", "oxcrops.aux.perf_processinfo.reserved_1", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_processinfo_process_guid,
          { "ProcessGuid", "oxcrops.aux.perf_processinfo.process_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_processinfo_process_name_offset,
          { "ProcessNameOffset", "oxcrops.aux.perf_processinfo.process_name_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_processinfo_process_name,
          { "ProcessName", "oxcrops.aux.perf_processinfo.process_name", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_processinfo_reserved_2,
          { "Reserved_2", "oxcrops.aux.perf_processinfo.reserved_2", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_defmdb_success_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_defmdb_success.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_defmdb_success_time_to_complete_request,
          { "TimeToCompleteRequest", "oxcrops.aux.perf_defmdb_success.time_to_complete_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_defmdb_success_request_id,
          { "RequestID", "oxcrops.aux.perf_defmdb_success.request_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_defmdb_success_reserved,
          { "Reserved", "oxcrops.aux.perf_defmdb_success.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_defgc_success_server_id,
          { "ServerID", "oxcrops.aux.perf_defgc_success.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_defgc_success_session_id,
          { "SessionID", "oxcrops.aux.perf_defgc_success.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_defgc_success_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_defgc_success.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_defgc_success_time_to_complete_request,
          { "TimeToCompleteRequest", "oxcrops.aux.perf_defgc_success.time_to_complete_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_defgc_success_request_operation,
          { "RequestOperation", "oxcrops.aux.perf_defgc_success.request_operation", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_defgc_success_reserved,
          { "Reserved", "oxcrops.aux.perf_defgc_success.reserved", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_client_id,
          { "ClientID", "oxcrops.aux.perf_mdb_success.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_server_id,
          { "ServerID", "oxcrops.aux.perf_mdb_success.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_session_id,
          { "SessionID", "oxcrops.aux.perf_mdb_success.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_request_id,
          { "RequestID", "oxcrops.aux.perf_mdb_success.request_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_mdb_success.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_time_to_complete_request,
          { "TimeToCompleteRequest", "oxcrops.aux.perf_mdb_success.time_to_complete_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_process_id,
          { "ProcessID", "oxcrops.aux.perf_mdb_success_v2.process_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_client_id,
          { "ClientID", "oxcrops.aux.perf_mdb_success_v2.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_server_id,
          { "ServerID", "oxcrops.aux.perf_mdb_success_v2.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_session_id,
          { "SessionID", "oxcrops.aux.perf_mdb_success_v2.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_request_id,
          { "RequestID", "oxcrops.aux.perf_mdb_success_v2.request_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_reserved,
          { "Reserved", "oxcrops.aux.perf_mdb_success_v2.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_mdb_success_v2.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_mdb_success_v2_time_to_complete_request,
          { "TimeToCompleteRequest", "oxcrops.aux.perf_mdb_success_v2.time_to_complete_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_gc_success_client_id,
          { "ClientID", "oxcrops.aux.perf_gc_success.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_server_id,
          { "ServerID", "oxcrops.aux.perf_gc_success.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_session_id,
          { "SessionID", "oxcrops.aux.perf_gc_success.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_reserved_1,
          { "Reserved_1", "oxcrops.aux.perf_gc_success.reserved_1", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_gc_success.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_gc_success_time_to_complete_request,
          { "TimeToCompleteRequest", "oxcrops.aux.perf_gc_success.time_to_complete_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_gc_success_request_operation,
          { "RequestOperation", "oxcrops.aux.perf_gc_success.request_operation", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_reserved_2,
          { "Reserved_2", "oxcrops.aux.perf_gc_success.reserved_2", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_process_id,
          { "ProcessID", "oxcrops.aux.perf_gc_success_v2.process_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_client_id,
          { "ClientID", "oxcrops.aux.perf_gc_success_v2.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_server_id,
          { "ServerID", "oxcrops.aux.perf_gc_success_v2.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_session_id,
          { "SessionID", "oxcrops.aux.perf_gc_success_v2.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_gc_success_v2.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_time_to_complete_request,
          { "TimeToCompleteRequest", "oxcrops.aux.perf_gc_success_v2.time_to_complete_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_request_operation,
          { "RequestOperation", "oxcrops.aux.perf_gc_success_v2.request_operation", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_gc_success_v2_reserved,
          { "Reserved", "oxcrops.aux.perf_gc_success_v2.reserved", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_client_id,
          { "ClientID", "oxcrops.aux.perf_failure.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_server_id,
          { "ServerID", "oxcrops.aux.perf_failure.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_session_id,
          { "SessionID", "oxcrops.aux.perf_failure.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_request_id,
          { "RequestID", "oxcrops.aux.perf_failure.request_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_failure.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_failure_time_to_fail_request,
          { "TimeToFailRequest", "oxcrops.aux.perf_failure.time_to_fail_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_failure_result_code,
          { "ResultCode", "oxcrops.aux.perf_failure.result_code", FT_UINT32, BASE_HEX|BASE_EXT_STRING, &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
        { &hf_perf_failure_request_operation,
          { "RequestOperation", "oxcrops.aux.perf_failure.request_operation", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_reserved,
          { "Reserved", "oxcrops.aux.perf_failure.reserved", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_process_id,
          { "ProcessID", "oxcrops.aux.perf_failure_v2.process_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_client_id,
          { "ClientID", "oxcrops.aux.perf_failure_v2.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_server_id,
          { "ServerID", "oxcrops.aux.perf_failure_v2.server_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_session_id,
          { "SessionID", "oxcrops.aux.perf_failure_v2.session_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_request_id,
          { "RequestID", "oxcrops.aux.perf_failure_v2.request_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_reserved_1,
          { "Reserved_1", "oxcrops.aux.perf_failure_v2.reserved_1", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_time_since_request,
          { "TimeSinceRequest", "oxcrops.aux.perf_failure_v2.time_since_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_time_to_fail_request,
          { "TimeToFailRequest", "oxcrops.aux.perf_failure_v2.time_to_fail_request", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_result_code,
          { "ResultCode", "oxcrops.aux.perf_failure_v2.result_code", FT_UINT32, BASE_HEX|BASE_EXT_STRING, &oxcdata_error_code_vals_ext, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_request_operation,
          { "RequestOperation", "oxcrops.aux.perf_failure_v2.request_operation", FT_UINT8, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_failure_v2_reserved_2,
          { "Reserved_2", "oxcrops.aux.perf_failure_v2.reserved_2", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_client_control_enable_flags,
          { "EnableFlags", "oxcrops.aux.client_control.enable_flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_client_control_enable_flags_enable_perf_sendtoserver,
          { "ENABLE_PERF_SENDTOSERVER", "oxcrops.aux.client_control.enable_flags.enable_perf_sendtoserver", FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_client_control_enable_flags_enable_compression,
          { "ENABLE_COMPRESSION", "oxcrops.aux.client_control.enable_flags.enable_compression", FT_BOOLEAN, 32, NULL, 0x00000004, NULL, HFILL } },
        { &hf_client_control_enable_flags_enable_http_tunneling,
          { "ENABLE_HTTP_TUNNELING", "oxcrops.aux.client_control.enable_flags.enable_http_tunneling", FT_BOOLEAN, 32, NULL, 0x00000008, NULL, HFILL } },
        { &hf_client_control_enable_flags_enable_perf_sendgcdata,
          { "ENABLE_PERF_SENDGCDATA", "oxcrops.aux.client_control.enable_flags.enable_perf_sendgcdata", FT_BOOLEAN, 32, NULL, 0x00000010, NULL, HFILL } },
        { &hf_client_control_expiry_time,
          { "ExpiryTime", "oxcrops.aux.client_control.expiry_time", FT_UINT32, BASE_DEC|BASE_UNIT_STRING, &units_milliseconds, 0, NULL, HFILL } },
        { &hf_osversioninfo_os_version_info_size,
          { "OSVersionInfoSize", "oxcrops.aux.osversioninfo.os_version_info_size", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_osversioninfo_major_version,
          { "MajorVersion", "oxcrops.aux.osversioninfo.major_version", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_osversioninfo_minor_version,
          { "MinorVersion", "oxcrops.aux.osversioninfo.minor_version", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_osversioninfo_build_number,
          { "BuildNumber", "oxcrops.aux.osversioninfo.build_number", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_osversioninfo_reserved_1,
          { "Reserved_1", "oxcrops.aux.osversioninfo.reserved_1", FT_BYTES, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_osversioninfo_service_pack_major,
          { "ServicePackMajor", "oxcrops.aux.osversioninfo.service_pack_major", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_osversioninfo_service_pack_minor,
          { "ServicePackMinor", "oxcrops.aux.osversioninfo.service_pack_minor", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_osversioninfo_reserved_2,
          { "Reserved_2", "oxcrops.aux.osversioninfo.reserved_2", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_exorginfo_org_flags,
          { "OrgFlags", "oxcrops.aux.exorginfo.org_flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_exorginfo_org_flags_public_folders_enabled,
          { "PUBLIC_FOLDERS_ENABLED", "oxcrops.aux.exorginfo.org_flags.public_folders_enabled", FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_exorginfo_org_flags_use_autodiscover_for_public_folder_configuration,
          { "USE_AUTODISCOVER_FOR_PUBLIC_FOLDER_CONFIGURATION", "oxcrops.aux.exorginfo.org_flags.use_autodiscover_for_public_folder_configuration", FT_BOOLEAN, 32, NULL, 0x00000002, NULL, HFILL } },
        { &hf_perf_accountinfo_client_id,
          { "ClientID", "oxcrops.aux.perf_accountinfo.client_id", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_perf_accountinfo_reserved,
          { "Reserved", "oxcrops.aux.perf_accountinfo.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_perf_accountinfo_account,
          { "Account", "oxcrops.aux.perf_accountinfo.account", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_server_capabilities_server_capability_flags,
          { "ServerCapabilityFlags", "oxcrops.aux.server_capabilities.server_capability_flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_server_capabilities_server_capability_flags_packed_fast_transfer_upload_buffers,
          { "PACKED_FAST_TRANSFER_UPLOAD_BUFFERS", "oxcrops.aux.server_capabilities.server_capability_flags.packed_fast_transfer_upload_buffers", FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_server_capabilities_server_capability_flags_packed_write_stream_upload_buffers,
          { "PACKED_WRITE_STREAM_UPLOAD_BUFFERS", "oxcrops.aux.server_capabilities.server_capability_flags.packed_write_stream_upload_buffers", FT_BOOLEAN, 32, NULL, 0x00000002, NULL, HFILL } },
        { &hf_server_capabilities_server_capability_flags_ultra_large_packed_download_buffers,
          { "ULTRA_LARGE_PACKED_DOWNLOAD_BUFFERS", "oxcrops.aux.server_capabilities.server_capability_flags.ultra_large_packed_download_buffers", FT_BOOLEAN, 32, NULL, 0x00000008, NULL, HFILL } },
        { &hf_endpoint_capabilities_endpoint_capability_flag,
          { "EndpointCapabilityFlag", "oxcrops.aux.endpoint_capabilities.endpoint_capability_flag", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_endpoint_capabilities_endpoint_capability_flag_single_endpoint,
          { "ENDPOINT_CAPABILITIES_SINGLE_ENDPOINT", "oxcrops.aux.endpoint_capabilities.endpoint_capability_flag.single_endpoint", FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_client_connection_info_connection_guid,
          { "ConnectionGUID", "oxcrops.aux.client_connection_info.connection_guid", FT_GUID, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_client_connection_info_offset_connection_context_info,
          { "OffsetConnectionContextInfo", "oxcrops.aux.client_connection_info.offset_connection_context_info", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_client_connection_info_connection_context_info,
          { "ConnectionContextInfo", "oxcrops.aux.client_connection_info.connection_context_info", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_client_connection_info_reserved,
          { "Reserved", "oxcrops.aux.client_connection_info.reserved", FT_UINT16, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_client_connection_info_connection_attempts,
          { "ConnectionAttempts", "oxcrops.aux.client_connection_info.connection_attempts", FT_UINT32, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_client_connection_info_connection_flags,
          { "ConnectionFlags", "oxcrops.aux.client_connection_info.connection_flags", FT_UINT32, BASE_HEX, NULL, 0, NULL, HFILL } },
        { &hf_client_connection_info_connection_flags_cached_mode,
          { "CachedMode", "oxcrops.aux.client_connection_info.connection_flags.cached_mode", FT_BOOLEAN, 32, NULL, 0x00000001, NULL, HFILL } },
        { &hf_server_session_info_offset_server_session_context_info,
          { "OffsetServerSessionContextInfo", "oxcrops.aux.server_session_info.offset_server_session_context_info", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_server_session_info_server_session_context_info,
          { "ServerSessionContextInfo", "oxcrops.aux.server_session_info.server_session_context_info", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_manufacturer_offset,
          { "DeviceManufacturerOffset", "oxcrops.aux.protocol_device_identification.device_manufacturer_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_manufacturer,
          { "DeviceManufacturer", "oxcrops.aux.protocol_device_identification.device_manufacturer", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_model_offset,
          { "DeviceModelOffset", "oxcrops.aux.protocol_device_identification.device_model_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_model,
          { "DeviceModel", "oxcrops.aux.protocol_device_identification.device_model", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_serial_number_offset,
          { "DeviceSerialNumberOffset", "oxcrops.aux.protocol_device_identification.device_serial_number_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_serial_number,
          { "DeviceSerialNumber", "oxcrops.aux.protocol_device_identification.device_serial_number", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_version_offset,
          { "DeviceVersionOffset", "oxcrops.aux.protocol_device_identification.device_version_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_version,
          { "DeviceVersion", "oxcrops.aux.protocol_device_identification.device_version", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_firmware_version_offset,
          { "DeviceFirmwareVersionOffset", "oxcrops.aux.protocol_device_identification.device_firmware_version_offset", FT_UINT16, BASE_DEC, NULL, 0, NULL, HFILL } },
        { &hf_protocol_device_identification_device_firmware_version,
          { "DeviceFirmwareVersion", "oxcrops.aux.protocol_device_identification.device_firmware_version", FT_STRINGZ, BASE_NONE, NULL, 0, NULL, HFILL } },
    };
    static gint *ett[] = { &ett_aux, &ett_aux_flags };
    static ei_register_info ei[] = {
        { &ei_aux_size, { "oxcrops.aux_header.size_invalid", PI_MALFORMED, PI_ERROR,
            "AUX_HEADER Size does not fit", EXPFILL } },
        { &ei_aux_offset, { "oxcrops.aux_header.offset_invalid", PI_MALFORMED, PI_ERROR,
            "Offset outside the variable part of the block", EXPFILL } },
        { &ei_aux_unknown, { "oxcrops.aux_header.unknown", PI_UNDECODED, PI_NOTE,
            "Auxiliary block of a version and type MS-OXCRPC does not define", EXPFILL } },
        { &ei_aux_string, { "oxcrops.aux_header.string_unterminated", PI_MALFORMED, PI_ERROR,
            "String without terminating NUL", EXPFILL } },
    };
    expert_module_t *expert;

    proto_register_field_array(proto_oxcrops, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert = expert_register_protocol(proto_oxcrops);
    expert_register_field_array(expert, ei, array_length(ei));
}
