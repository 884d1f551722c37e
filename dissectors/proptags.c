/* SPDX-License-Identifier: GPL-2.0-or-later */
/* proptags.c: MS-OXPROPS property IDs and MS-OXCDATA 2.11.1 property types.
 *
 * GENERATED DATA -- do not edit by hand.
 *
 * prop_id_vals maps the 16-bit property ID (high half of a property tag) to
 * its [MS-OXPROPS] canonical PidTag name.  544 of the 766 IDs carry an
 * MS-OXPROPS PidTag name: all 575 PidTag sections of [MS-OXPROPS] section 2
 * (2.505 PidTagAccess .. 2.1079 PidTagWlinkType in the revision used), taken
 * from two independent machine-readable copies of the spec list,
 *   koodaamo/tnefparse  tnefparse/properties.py   (PidTag* = 0xNNNN)
 *   HiraokaHyperTools/msgreader  src/Defs.ts      (area/key/name table)
 * and cross-checked ID by ID against microsoft/mfcmapi core/interpret/genTagArray.h
 * (no disagreements).  Sorted as in the spec, the list lines up exactly with
 * section numbers quoted from [MS-OXPROPS] (2.577 PidTagAlternateRecipientAllowed,
 * 2.589 PidTagAttachDataBinary, ..., 2.1033 PidTagSubject, 2.1042
 * PidTagTemplateData), so no section of that revision is missing.  The current
 * online revision numbers later sections one or two higher, so it may add one
 * or two PidTags that are not here.
 *
 * The remaining 222 IDs, marked "MAPI", have no PidTag in MS-OXPROPS; they use
 * the canonical name from Microsoft's Outlook MAPI reference ("Mapping
 * Canonical Property Names to MAPI Names", tagged properties), with the ID
 * from MFCMAPI.  Names found in MFCMAPI but in neither document are left out.
 *
 * Only tagged (fixed-ID) properties are listed; named properties (PidLid*,
 * PidName*) have no fixed ID.  The 0x8000-0xFFFE entries are the address book
 * PidTags of MS-OXPROPS (NSPI context); in mailbox/ROP traffic IDs >= 0x8000
 * are named-property mappings and should not be labelled from this table.
 *
 * Where several names share one ID the entry keeps an MS-OXPROPS name over a
 * MAPI-only one, then the one MFCMAPI ranks first; the others are listed in
 * the trailing comment.  Sorted ascending by ID (required by value_string_ext).
 */
#include "proptags.h"

static const value_string prop_id_vals[] = {
    { 0x0001, "PidTagTemplateData" }, /* also PidTagAcknowledgementMode (MAPI) */
    { 0x0002, "PidTagAlternateRecipientAllowed" },
    { 0x0003, "PidTagAuthorizingUsers" }, /* MAPI */
    { 0x0004, "PidTagAutoForwardComment" }, /* also PidTagScriptData */
    { 0x0005, "PidTagAutoForwarded" },
    { 0x0006, "PidTagContentConfidentialityAlgorithmId" }, /* MAPI */
    { 0x0007, "PidTagContentCorrelator" }, /* MAPI */
    { 0x0008, "PidTagContentIdentifier" }, /* MAPI */
    { 0x0009, "PidTagContentLength" }, /* MAPI */
    { 0x000A, "PidTagContentReturnRequested" }, /* MAPI */
    { 0x000B, "PidTagConversationKey" }, /* MAPI */
    { 0x000C, "PidTagConversionEits" }, /* MAPI */
    { 0x000D, "PidTagConversionWithLossProhibited" }, /* MAPI */
    { 0x000E, "PidTagConvertedEits" }, /* MAPI */
    { 0x000F, "PidTagDeferredDeliveryTime" },
    { 0x0010, "PidTagDeliverTime" },
    { 0x0011, "PidTagDiscardReason" }, /* MAPI */
    { 0x0012, "PidTagDisclosureOfRecipients" }, /* MAPI */
    { 0x0013, "PidTagDistributionListExpansionHistory" }, /* MAPI */
    { 0x0014, "PidTagDistributionListExpansionProhibited" }, /* MAPI */
    { 0x0015, "PidTagExpiryTime" },
    { 0x0016, "PidTagImplicitConversionProhibited" }, /* MAPI */
    { 0x0017, "PidTagImportance" },
    { 0x0019, "PidTagLatestDeliveryTime" }, /* MAPI */
    { 0x001A, "PidTagMessageClass" },
    { 0x001B, "PidTagMessageDeliveryId" }, /* MAPI */
    { 0x001E, "PidTagMessageSecurityLabel" }, /* MAPI */
    { 0x001F, "PidTagObsoletedMessageIds" }, /* MAPI */
    { 0x0020, "PidTagOriginallyIntendedRecipientName" }, /* MAPI */
    { 0x0021, "PidTagOriginalEits" }, /* MAPI */
    { 0x0022, "PidTagOriginatorCertificate" }, /* MAPI */
    { 0x0023, "PidTagOriginatorDeliveryReportRequested" },
    { 0x0024, "PidTagOriginatorReturnAddress" }, /* MAPI */
    { 0x0025, "PidTagParentKey" },
    { 0x0026, "PidTagPriority" },
    { 0x0027, "PidTagOriginCheck" }, /* MAPI */
    { 0x0028, "PidTagProofOfSubmissionRequested" }, /* MAPI */
    { 0x0029, "PidTagReadReceiptRequested" },
    { 0x002A, "PidTagReceiptTime" },
    { 0x002B, "PidTagRecipientReassignmentProhibited" },
    { 0x002C, "PidTagRedirectionHistory" }, /* MAPI */
    { 0x002D, "PidTagRelatedMessageIds" }, /* MAPI */
    { 0x002E, "PidTagOriginalSensitivity" },
    { 0x002F, "PidTagLanguages" }, /* MAPI */
    { 0x0030, "PidTagReplyTime" },
    { 0x0031, "PidTagReportTag" },
    { 0x0032, "PidTagReportTime" },
    { 0x0033, "PidTagReturnedMessageid" }, /* MAPI */
    { 0x0035, "PidTagIncompleteCopy" }, /* MAPI */
    { 0x0036, "PidTagSensitivity" },
    { 0x0037, "PidTagSubject" },
    { 0x0038, "PidTagSubjectMessageId" }, /* MAPI */
    { 0x0039, "PidTagClientSubmitTime" },
    { 0x003A, "PidTagReportName" },
    { 0x003B, "PidTagSentRepresentingSearchKey" },
    { 0x003C, "PidTagX400ContentType" }, /* MAPI */
    { 0x003D, "PidTagSubjectPrefix" },
    { 0x003E, "PidTagNonReceiptReason" }, /* MAPI */
    { 0x003F, "PidTagReceivedByEntryId" },
    { 0x0040, "PidTagReceivedByName" },
    { 0x0041, "PidTagSentRepresentingEntryId" },
    { 0x0042, "PidTagSentRepresentingName" },
    { 0x0043, "PidTagReceivedRepresentingEntryId" },
    { 0x0044, "PidTagReceivedRepresentingName" },
    { 0x0045, "PidTagReportEntryId" },
    { 0x0046, "PidTagReadReceiptEntryId" },
    { 0x0047, "PidTagMessageSubmissionId" },
    { 0x0048, "PidTagProviderSubmitTime" }, /* MAPI */
    { 0x0049, "PidTagOriginalSubject" },
    { 0x004B, "PidTagOriginalMessageClass" },
    { 0x004C, "PidTagOriginalAuthorEntryId" },
    { 0x004D, "PidTagOriginalAuthorName" },
    { 0x004E, "PidTagOriginalSubmitTime" },
    { 0x004F, "PidTagReplyRecipientEntries" },
    { 0x0050, "PidTagReplyRecipientNames" },
    { 0x0051, "PidTagReceivedBySearchKey" },
    { 0x0052, "PidTagReceivedRepresentingSearchKey" },
    { 0x0053, "PidTagReadReceiptSearchKey" },
    { 0x0054, "PidTagReportSearchKey" },
    { 0x0055, "PidTagOriginalDeliveryTime" },
    { 0x0056, "PidTagOriginalAuthorSearchKey" }, /* MAPI */
    { 0x0057, "PidTagMessageToMe" },
    { 0x0058, "PidTagMessageCcMe" },
    { 0x0059, "PidTagMessageRecipientMe" },
    { 0x005A, "PidTagOriginalSenderName" },
    { 0x005B, "PidTagOriginalSenderEntryId" },
    { 0x005C, "PidTagOriginalSenderSearchKey" },
    { 0x005D, "PidTagOriginalSentRepresentingName" },
    { 0x005E, "PidTagOriginalSentRepresentingEntryId" },
    { 0x005F, "PidTagOriginalSentRepresentingSearchKey" },
    { 0x0060, "PidTagStartDate" },
    { 0x0061, "PidTagEndDate" },
    { 0x0062, "PidTagOwnerAppointmentId" },
    { 0x0063, "PidTagResponseRequested" },
    { 0x0064, "PidTagSentRepresentingAddressType" },
    { 0x0065, "PidTagSentRepresentingEmailAddress" },
    { 0x0066, "PidTagOriginalSenderAddressType" },
    { 0x0067, "PidTagOriginalSenderEmailAddress" },
    { 0x0068, "PidTagOriginalSentRepresentingAddressType" },
    { 0x0069, "PidTagOriginalSentRepresentingEmailAddress" },
    { 0x0070, "PidTagConversationTopic" },
    { 0x0071, "PidTagConversationIndex" },
    { 0x0072, "PidTagOriginalDisplayBcc" },
    { 0x0073, "PidTagOriginalDisplayCc" },
    { 0x0074, "PidTagOriginalDisplayTo" },
    { 0x0075, "PidTagReceivedByAddressType" },
    { 0x0076, "PidTagReceivedByEmailAddress" },
    { 0x0077, "PidTagReceivedRepresentingAddressType" },
    { 0x0078, "PidTagReceivedRepresentingEmailAddress" },
    { 0x0079, "PidTagOriginalAuthorAddressType" }, /* MAPI */
    { 0x007A, "PidTagOriginalAuthorEmailAddress" }, /* MAPI */
    { 0x007B, "PidTagOriginallyIntendedRecipAddrtype" }, /* MAPI */
    { 0x007C, "PidTagOriginallyIntendedRecipEmailAddress" }, /* MAPI */
    { 0x007D, "PidTagTransportMessageHeaders" },
    { 0x007F, "PidTagTnefCorrelationKey" },
    { 0x0080, "PidTagReportDisposition" },
    { 0x0081, "PidTagReportDispositionMode" },
    { 0x0082, "PidTagReportOriginalSender" }, /* MAPI */
    { 0x0083, "PidTagReportDispositionToNames" }, /* MAPI */
    { 0x0084, "PidTagReportDispositionToEmailAddresses" }, /* MAPI */
    { 0x0085, "PidTagReportDispositionOptions" }, /* MAPI */
    { 0x0807, "PidTagAddressBookRoomCapacity" },
    { 0x0809, "PidTagAddressBookRoomDescription" },
    { 0x0C00, "PidTagContentIntegrityCheck" }, /* MAPI */
    { 0x0C01, "PidTagExplicitConversion" }, /* MAPI */
    { 0x0C02, "PidTagIpmReturnRequested" }, /* MAPI */
    { 0x0C04, "PidTagNonDeliveryReportReasonCode" },
    { 0x0C05, "PidTagNonDeliveryReportDiagCode" },
    { 0x0C06, "PidTagNonReceiptNotificationRequested" },
    { 0x0C07, "PidTagDeliveryPoint" }, /* MAPI */
    { 0x0C08, "PidTagOriginatorNonDeliveryReportRequested" },
    { 0x0C09, "PidTagOriginatorRequestedAlternateRecipient" }, /* MAPI */
    { 0x0C0A, "PidTagPhysicalDeliveryBureauFaxDelivery" }, /* MAPI */
    { 0x0C0B, "PidTagPhysicalDeliveryMode" }, /* MAPI */
    { 0x0C0C, "PidTagPhysicalDeliveryReportRequest" }, /* MAPI */
    { 0x0C0D, "PidTagPhysicalForwardingAddress" }, /* MAPI */
    { 0x0C0E, "PidTagPhysicalForwardingAddressRequested" }, /* MAPI */
    { 0x0C0F, "PidTagPhysicalForwardingProhibited" }, /* MAPI */
    { 0x0C10, "PidTagPhysicalRenditionAttributes" }, /* MAPI */
    { 0x0C11, "PidTagProofOfDelivery" }, /* MAPI */
    { 0x0C12, "PidTagProofOfDeliveryRequested" }, /* MAPI */
    { 0x0C13, "PidTagRecipientCertificate" }, /* MAPI */
    { 0x0C14, "PidTagRecipientNumberForAdvice" }, /* MAPI */
    { 0x0C15, "PidTagRecipientType" },
    { 0x0C16, "PidTagRegisteredMailType" }, /* MAPI */
    { 0x0C17, "PidTagReplyRequested" },
    { 0x0C18, "PidTagRequestedDeliveryMethod" }, /* MAPI */
    { 0x0C19, "PidTagSenderEntryId" },
    { 0x0C1A, "PidTagSenderName" },
    { 0x0C1B, "PidTagSupplementaryInfo" },
    { 0x0C1C, "PidTagTypeOfX400User" }, /* MAPI */
    { 0x0C1D, "PidTagSenderSearchKey" },
    { 0x0C1E, "PidTagSenderAddressType" },
    { 0x0C1F, "PidTagSenderEmailAddress" },
    { 0x0C20, "PidTagNonDeliveryReportStatusCode" },
    { 0x0C21, "PidTagRemoteMessageTransferAgent" },
    { 0x0E01, "PidTagDeleteAfterSubmit" },
    { 0x0E02, "PidTagDisplayBcc" },
    { 0x0E03, "PidTagDisplayCc" },
    { 0x0E04, "PidTagDisplayTo" },
    { 0x0E05, "PidTagParentDisplay" }, /* MAPI */
    { 0x0E06, "PidTagMessageDeliveryTime" },
    { 0x0E07, "PidTagMessageFlags" },
    { 0x0E08, "PidTagMessageSize" }, /* also PidTagMessageSizeExtended */
    { 0x0E09, "PidTagParentEntryId" },
    { 0x0E0A, "PidTagSentMailEntryId" }, /* MAPI */
    { 0x0E0C, "PidTagCorrelate" }, /* MAPI */
    { 0x0E0D, "PidTagCorrelateMtsid" }, /* MAPI */
    { 0x0E0E, "PidTagDiscreteValues" }, /* MAPI */
    { 0x0E0F, "PidTagResponsibility" },
    { 0x0E10, "PidTagSpoolerStatus" }, /* MAPI */
    { 0x0E12, "PidTagMessageRecipients" },
    { 0x0E13, "PidTagMessageAttachments" },
    { 0x0E14, "PidTagSubmitFlags" }, /* MAPI */
    { 0x0E15, "PidTagRecipientStatus" }, /* MAPI */
    { 0x0E16, "PidTagTransportKey" }, /* MAPI */
    { 0x0E17, "PidTagMessageStatus" },
    { 0x0E18, "PidTagMessageDownloadTime" }, /* MAPI */
    { 0x0E1B, "PidTagHasAttachments" },
    { 0x0E1C, "PidTagBodyCrc" }, /* MAPI */
    { 0x0E1D, "PidTagNormalizedSubject" },
    { 0x0E1F, "PidTagRtfInSync" },
    { 0x0E20, "PidTagAttachSize" },
    { 0x0E21, "PidTagAttachNumber" },
    { 0x0E22, "PidTagPreprocess" }, /* MAPI */
    { 0x0E23, "PidTagInternetArticleNumber" }, /* MAPI */
    { 0x0E25, "PidTagOriginatingMtaCertificate" }, /* MAPI */
    { 0x0E26, "PidTagProofOfSubmission" }, /* MAPI */
    { 0x0E28, "PidTagPrimarySendAccount" },
    { 0x0E29, "PidTagNextSendAcct" },
    { 0x0E2B, "PidTagToDoItemFlags" },
    { 0x0E2C, "PidTagSwappedToDoStore" },
    { 0x0E2D, "PidTagSwappedToDoData" },
    { 0x0E69, "PidTagRead" },
    { 0x0E6A, "PidTagSecurityDescriptorAsXml" },
    { 0x0E79, "PidTagTrustSender" },
    { 0x0E84, "PidTagExchangeNTSecurityDescriptor" },
    { 0x0E99, "PidTagExtendedRuleMessageActions" },
    { 0x0E9A, "PidTagExtendedRuleMessageCondition" },
    { 0x0E9B, "PidTagExtendedRuleSizeLimit" },
    { 0x0E9C, "PidTagTnefUnprocessedProps" }, /* MAPI */
    { 0x0EA0, "PidTagAssociatedSharingProvider" }, /* MAPI */
    { 0x0EA3, "PidTagProviderItemId" }, /* MAPI */
    { 0x0EA4, "PidTagProviderParentItemId" }, /* MAPI */
    { 0x0EA5, "PidTagSearchAttachments" }, /* MAPI */
    { 0x0EA6, "PidTagSearchRecipientEmailTo" }, /* MAPI */
    { 0x0EA7, "PidTagSearchRecipientEmailCc" }, /* MAPI */
    { 0x0EA8, "PidTagSearchRecipientEmailBcc" }, /* MAPI */
    { 0x0FF4, "PidTagAccess" },
    { 0x0FF5, "PidTagRowType" },
    { 0x0FF6, "PidTagInstanceKey" },
    { 0x0FF7, "PidTagAccessLevel" },
    { 0x0FF8, "PidTagMappingSignature" },
    { 0x0FF9, "PidTagRecordKey" },
    { 0x0FFA, "PidTagStoreRecordKey" }, /* MAPI */
    { 0x0FFB, "PidTagStoreEntryId" },
    { 0x0FFC, "PidTagMiniIcon" }, /* MAPI */
    { 0x0FFD, "PidTagIcon" }, /* MAPI */
    { 0x0FFE, "PidTagObjectType" },
    { 0x0FFF, "PidTagEntryId" }, /* also PidTagMemberEntryId (MAPI) */
    { 0x1000, "PidTagBody" },
    { 0x1001, "PidTagReportText" },
    { 0x1002, "PidTagOriginatorAndDistributionListExpansionHistory" }, /* MAPI */
    { 0x1003, "PidTagReportingDistributionListName" }, /* MAPI */
    { 0x1004, "PidTagReportingMessageTransferAgentCertificate" }, /* MAPI */
    { 0x1006, "PidTagRtfSyncBodyCrc" }, /* MAPI */
    { 0x1007, "PidTagRtfSyncBodyCount" }, /* MAPI */
    { 0x1008, "PidTagRtfSyncBodyTag" }, /* MAPI */
    { 0x1009, "PidTagRtfCompressed" },
    { 0x1010, "PidTagRtfSyncPrefixCount" }, /* MAPI */
    { 0x1011, "PidTagRtfSyncTrailingCount" }, /* MAPI */
    { 0x1012, "PidTagOriginallyIntendedRecipEntryId" }, /* MAPI */
    { 0x1013, "PidTagHtml" }, /* also PidTagBodyHtml */
    { 0x1014, "PidTagBodyContentLocation" },
    { 0x1015, "PidTagBodyContentId" },
    { 0x1016, "PidTagNativeBody" },
    { 0x1030, "PidTagInternetApproved" }, /* MAPI */
    { 0x1031, "PidTagInternetControl" }, /* MAPI */
    { 0x1032, "PidTagInternetDistribution" }, /* MAPI */
    { 0x1033, "PidTagInternetFollowupTo" }, /* MAPI */
    { 0x1034, "PidTagInternetLines" }, /* MAPI */
    { 0x1035, "PidTagInternetMessageId" },
    { 0x1037, "PidTagInternetOrganization" }, /* MAPI */
    { 0x1038, "PidTagInternetNntpPath" }, /* MAPI */
    { 0x1039, "PidTagInternetReferences" },
    { 0x1042, "PidTagInReplyToId" },
    { 0x1043, "PidTagListHelp" },
    { 0x1044, "PidTagListSubscribe" },
    { 0x1045, "PidTagListUnsubscribe" },
    { 0x1046, "PidTagOriginalMessageId" }, /* also PidTagInternetReturnPath (MAPI) */
    { 0x1080, "PidTagIconIndex" },
    { 0x1081, "PidTagLastVerbExecuted" },
    { 0x1082, "PidTagLastVerbExecutionTime" },
    { 0x1090, "PidTagFlagStatus" },
    { 0x1091, "PidTagFlagCompleteTime" },
    { 0x1095, "PidTagFollowupIcon" },
    { 0x1096, "PidTagBlockStatus" },
    { 0x1097, "PidTagItemTemporaryflags" }, /* MAPI */
    { 0x1098, "PidTagConflictItems" }, /* MAPI */
    { 0x10C3, "PidTagICalendarStartTime" },
    { 0x10C4, "PidTagICalendarEndTime" },
    { 0x10C5, "PidTagCdoRecurrenceid" },
    { 0x10CA, "PidTagICalendarReminderNextTime" },
    { 0x10F0, "PidTagImapCachedMsgsize" }, /* MAPI */
    { 0x10F3, "PidTagUrlComponentName" }, /* MAPI */
    { 0x10F4, "PidTagAttributeHidden" },
    { 0x10F6, "PidTagAttributeReadOnly" },
    { 0x3000, "PidTagRowid" },
    { 0x3001, "PidTagDisplayName" },
    { 0x3002, "PidTagAddressType" },
    { 0x3003, "PidTagEmailAddress" },
    { 0x3004, "PidTagComment" },
    { 0x3005, "PidTagDepth" },
    { 0x3006, "PidTagProviderDisplay" }, /* MAPI */
    { 0x3007, "PidTagCreationTime" },
    { 0x3008, "PidTagLastModificationTime" },
    { 0x3009, "PidTagResourceFlags" }, /* MAPI */
    { 0x300A, "PidTagProviderDllName" }, /* MAPI */
    { 0x300B, "PidTagSearchKey" },
    { 0x300C, "PidTagProviderUid" }, /* MAPI */
    { 0x300D, "PidTagProviderOrdinal" }, /* MAPI */
    { 0x3010, "PidTagTargetEntryId" },
    { 0x3013, "PidTagConversationId" },
    { 0x3016, "PidTagConversationIndexTracking" },
    { 0x3018, "PidTagArchiveTag" },
    { 0x3019, "PidTagPolicyTag" },
    { 0x301A, "PidTagRetentionPeriod" },
    { 0x301B, "PidTagStartDateEtc" },
    { 0x301C, "PidTagRetentionDate" },
    { 0x301D, "PidTagRetentionFlags" },
    { 0x301E, "PidTagArchivePeriod" },
    { 0x301F, "PidTagArchiveDate" },
    { 0x3301, "PidTagFormVersion" }, /* MAPI */
    { 0x3302, "PidTagFormClassId" }, /* MAPI */
    { 0x3303, "PidTagFormContactName" }, /* MAPI */
    { 0x3304, "PidTagFormCategory" }, /* MAPI */
    { 0x3305, "PidTagFormCategorySub" }, /* MAPI */
    { 0x3306, "PidTagFormHostMap" }, /* MAPI */
    { 0x3307, "PidTagFormHidden" }, /* MAPI */
    { 0x3308, "PidTagFormDesignerName" }, /* MAPI */
    { 0x3309, "PidTagFormDesignerGuid" }, /* MAPI */
    { 0x330A, "PidTagFormMessageBehavior" }, /* MAPI */
    { 0x3400, "PidTagDefaultStore" }, /* MAPI */
    { 0x340D, "PidTagStoreSupportMask" },
    { 0x340E, "PidTagStoreState" },
    { 0x340F, "PidTagStoreUnicodeMask" }, /* MAPI */
    { 0x3414, "PidTagStoreProvider" }, /* MAPI */
    { 0x3415, "PidTagReceiveFolderSettings" }, /* MAPI */
    { 0x3417, "PidTagProviderIcon" }, /* MAPI */
    { 0x3418, "PidTagProviderDisplayName" }, /* MAPI */
    { 0x35DF, "PidTagValidFolderMask" }, /* MAPI */
    { 0x35E0, "PidTagIpmSubtreeEntryId" }, /* MAPI */
    { 0x35E2, "PidTagIpmOutboxEntryId" }, /* MAPI */
    { 0x35E3, "PidTagIpmWastebasketEntryId" }, /* MAPI */
    { 0x35E4, "PidTagIpmSentMailEntryId" }, /* MAPI */
    { 0x35E5, "PidTagViewsEntryId" }, /* MAPI */
    { 0x35E6, "PidTagCommonViewsEntryId" }, /* MAPI */
    { 0x35E7, "PidTagFinderEntryId" }, /* MAPI */
    { 0x3600, "PidTagContainerFlags" },
    { 0x3601, "PidTagFolderType" },
    { 0x3602, "PidTagContentCount" },
    { 0x3603, "PidTagContentUnreadCount" },
    { 0x3604, "PidTagCreateTemplates" }, /* MAPI */
    { 0x3605, "PidTagDetailsTable" }, /* MAPI */
    { 0x3607, "PidTagSearch" }, /* MAPI */
    { 0x3609, "PidTagSelectable" },
    { 0x360A, "PidTagSubfolders" },
    { 0x360B, "PidTagStatus" }, /* MAPI */
    { 0x360C, "PidTagAnr" },
    { 0x360E, "PidTagContainerHierarchy" },
    { 0x360F, "PidTagContainerContents" },
    { 0x3610, "PidTagFolderAssociatedContents" },
    { 0x3611, "PidTagDefCreateDl" }, /* MAPI */
    { 0x3612, "PidTagDefCreateMailuser" }, /* MAPI */
    { 0x3613, "PidTagContainerClass" },
    { 0x3615, "PidTagAbProviderId" }, /* MAPI */
    { 0x3616, "PidTagDefaultViewEntryId" }, /* MAPI */
    { 0x3617, "PidTagAssociatedContentCount" }, /* MAPI */
    { 0x36D0, "PidTagIpmAppointmentEntryId" },
    { 0x36D1, "PidTagIpmContactEntryId" },
    { 0x36D2, "PidTagIpmJournalEntryId" },
    { 0x36D3, "PidTagIpmNoteEntryId" },
    { 0x36D4, "PidTagIpmTaskEntryId" },
    { 0x36D5, "PidTagRemindersOnlineEntryId" },
    { 0x36D7, "PidTagIpmDraftsEntryId" },
    { 0x36D8, "PidTagAdditionalRenEntryIds" },
    { 0x36D9, "PidTagAdditionalRenEntryIdsEx" },
    { 0x36DA, "PidTagExtendedFolderFlags" },
    { 0x36E2, "PidTagOrdinalMost" },
    { 0x36E4, "PidTagFreeBusyEntryIds" },
    { 0x36E5, "PidTagDefaultPostMessageClass" },
    { 0x36EC, "PidTagAgingPeriod" }, /* MAPI */
    { 0x36EE, "PidTagAgingGranularity" }, /* MAPI */
    { 0x3701, "PidTagAttachDataBinary" }, /* also PidTagAttachDataObject */
    { 0x3702, "PidTagAttachEncoding" },
    { 0x3703, "PidTagAttachExtension" },
    { 0x3704, "PidTagAttachFilename" },
    { 0x3705, "PidTagAttachMethod" },
    { 0x3707, "PidTagAttachLongFilename" },
    { 0x3708, "PidTagAttachPathname" },
    { 0x3709, "PidTagAttachRendering" },
    { 0x370A, "PidTagAttachTag" },
    { 0x370B, "PidTagRenderingPosition" },
    { 0x370C, "PidTagAttachTransportName" },
    { 0x370D, "PidTagAttachLongPathname" },
    { 0x370E, "PidTagAttachMimeTag" },
    { 0x370F, "PidTagAttachAdditionalInformation" },
    { 0x3710, "PidTagAttachMimeSequence" }, /* MAPI */
    { 0x3711, "PidTagAttachContentBase" },
    { 0x3712, "PidTagAttachContentId" },
    { 0x3713, "PidTagAttachContentLocation" },
    { 0x3714, "PidTagAttachFlags" },
    { 0x3719, "PidTagAttachPayloadProviderGuidString" },
    { 0x371A, "PidTagAttachPayloadClass" },
    { 0x371B, "PidTagTextAttachmentCharset" },
    { 0x3900, "PidTagDisplayType" },
    { 0x3902, "PidTagTemplateid" },
    { 0x3905, "PidTagDisplayTypeEx" },
    { 0x39FE, "PidTagSmtpAddress" },
    { 0x39FF, "PidTagAddressBookDisplayNamePrintable" }, /* also PidTag7BitDisplayName (MAPI) */
    { 0x3A00, "PidTagAccount" },
    { 0x3A01, "PidTagAlternateRecipient" }, /* MAPI */
    { 0x3A02, "PidTagCallbackTelephoneNumber" },
    { 0x3A03, "PidTagConversionProhibited" }, /* MAPI */
    { 0x3A05, "PidTagGeneration" },
    { 0x3A06, "PidTagGivenName" },
    { 0x3A07, "PidTagGovernmentIdNumber" },
    { 0x3A08, "PidTagBusinessTelephoneNumber" },
    { 0x3A09, "PidTagHomeTelephoneNumber" },
    { 0x3A0A, "PidTagInitials" },
    { 0x3A0B, "PidTagKeyword" },
    { 0x3A0C, "PidTagLanguage" },
    { 0x3A0D, "PidTagLocation" },
    { 0x3A0E, "PidTagMailPermission" }, /* MAPI */
    { 0x3A0F, "PidTagMessageHandlingSystemCommonName" },
    { 0x3A10, "PidTagOrganizationalIdNumber" },
    { 0x3A11, "PidTagSurname" },
    { 0x3A12, "PidTagOriginalEntryId" },
    { 0x3A13, "PidTagOriginalDisplayName" }, /* MAPI */
    { 0x3A14, "PidTagOriginalSearchKey" }, /* MAPI */
    { 0x3A15, "PidTagPostalAddress" },
    { 0x3A16, "PidTagCompanyName" },
    { 0x3A17, "PidTagTitle" },
    { 0x3A18, "PidTagDepartmentName" },
    { 0x3A19, "PidTagOfficeLocation" },
    { 0x3A1A, "PidTagPrimaryTelephoneNumber" },
    { 0x3A1B, "PidTagBusiness2TelephoneNumber" }, /* also PidTagBusiness2TelephoneNumbers */
    { 0x3A1C, "PidTagMobileTelephoneNumber" },
    { 0x3A1D, "PidTagRadioTelephoneNumber" },
    { 0x3A1E, "PidTagCarTelephoneNumber" },
    { 0x3A1F, "PidTagOtherTelephoneNumber" },
    { 0x3A20, "PidTagTransmittableDisplayName" },
    { 0x3A21, "PidTagPagerTelephoneNumber" },
    { 0x3A22, "PidTagUserCertificate" },
    { 0x3A23, "PidTagPrimaryFaxNumber" },
    { 0x3A24, "PidTagBusinessFaxNumber" },
    { 0x3A25, "PidTagHomeFaxNumber" },
    { 0x3A26, "PidTagCountry" },
    { 0x3A27, "PidTagLocality" },
    { 0x3A28, "PidTagStateOrProvince" },
    { 0x3A29, "PidTagStreetAddress" },
    { 0x3A2A, "PidTagPostalCode" },
    { 0x3A2B, "PidTagPostOfficeBox" },
    { 0x3A2C, "PidTagTelexNumber" },
    { 0x3A2D, "PidTagIsdnNumber" },
    { 0x3A2E, "PidTagAssistantTelephoneNumber" },
    { 0x3A2F, "PidTagHome2TelephoneNumber" }, /* also PidTagHome2TelephoneNumbers */
    { 0x3A30, "PidTagAssistant" },
    { 0x3A40, "PidTagSendRichInfo" },
    { 0x3A41, "PidTagWeddingAnniversary" },
    { 0x3A42, "PidTagBirthday" },
    { 0x3A43, "PidTagHobbies" },
    { 0x3A44, "PidTagMiddleName" },
    { 0x3A45, "PidTagDisplayNamePrefix" },
    { 0x3A46, "PidTagProfession" },
    { 0x3A47, "PidTagReferredByName" }, /* also PidTagPreferredByName (MAPI) */
    { 0x3A48, "PidTagSpouseName" },
    { 0x3A49, "PidTagComputerNetworkName" },
    { 0x3A4A, "PidTagCustomerId" },
    { 0x3A4B, "PidTagTelecommunicationsDeviceForDeafTelephoneNumber" }, /* also PidTagTtyTddPhoneNumber (MAPI) */
    { 0x3A4C, "PidTagFtpSite" },
    { 0x3A4D, "PidTagGender" },
    { 0x3A4E, "PidTagManagerName" },
    { 0x3A4F, "PidTagNickname" },
    { 0x3A50, "PidTagPersonalHomePage" },
    { 0x3A51, "PidTagBusinessHomePage" },
    { 0x3A52, "PidTagContactVersion" }, /* MAPI */
    { 0x3A54, "PidTagContactAddressTypes" }, /* MAPI */
    { 0x3A57, "PidTagCompanyMainTelephoneNumber" },
    { 0x3A58, "PidTagChildrensNames" },
    { 0x3A59, "PidTagHomeAddressCity" },
    { 0x3A5A, "PidTagHomeAddressCountry" },
    { 0x3A5B, "PidTagHomeAddressPostalCode" },
    { 0x3A5C, "PidTagHomeAddressStateOrProvince" },
    { 0x3A5D, "PidTagHomeAddressStreet" },
    { 0x3A5E, "PidTagHomeAddressPostOfficeBox" },
    { 0x3A5F, "PidTagOtherAddressCity" },
    { 0x3A60, "PidTagOtherAddressCountry" },
    { 0x3A61, "PidTagOtherAddressPostalCode" },
    { 0x3A62, "PidTagOtherAddressStateOrProvince" },
    { 0x3A63, "PidTagOtherAddressStreet" },
    { 0x3A64, "PidTagOtherAddressPostOfficeBox" },
    { 0x3A70, "PidTagUserX509Certificate" },
    { 0x3A71, "PidTagSendInternetEncoding" },
    { 0x3D00, "PidTagStoreProviders" }, /* MAPI */
    { 0x3D01, "PidTagAbProviders" }, /* MAPI */
    { 0x3D02, "PidTagTransportProviders" }, /* MAPI */
    { 0x3D04, "PidTagDefaultProfile" }, /* MAPI */
    { 0x3D05, "PidTagAbSearchPath" }, /* MAPI */
    { 0x3D06, "PidTagAbDefaultDir" }, /* MAPI */
    { 0x3D07, "PidTagAbDefaultPab" }, /* MAPI */
    { 0x3D09, "PidTagServiceName" }, /* MAPI */
    { 0x3D0A, "PidTagServiceDllName" }, /* MAPI */
    { 0x3D0B, "PidTagServiceEntryName" }, /* MAPI */
    { 0x3D0C, "PidTagServiceUid" }, /* MAPI */
    { 0x3D0D, "PidTagServiceExtraUids" }, /* MAPI */
    { 0x3D0E, "PidTagServices" }, /* MAPI */
    { 0x3D0F, "PidTagServiceSupportFiles" }, /* MAPI */
    { 0x3D10, "PidTagServiceDeleteFiles" }, /* MAPI */
    { 0x3D11, "PidTagAbSearchPathUpdate" }, /* MAPI */
    { 0x3D12, "PidTagProfileName" }, /* MAPI */
    { 0x3D13, "PidTagServiceInstallId" }, /* MAPI */
    { 0x3D1C, "PidTagAddressBookChooseDirectoryAutomatically" }, /* MAPI */
    { 0x3E00, "PidTagIdentityDisplay" }, /* MAPI */
    { 0x3E01, "PidTagIdentityEntryId" }, /* MAPI */
    { 0x3E02, "PidTagResourceMethods" }, /* MAPI */
    { 0x3E03, "PidTagResourceType" }, /* MAPI */
    { 0x3E04, "PidTagStatusCode" }, /* MAPI */
    { 0x3E05, "PidTagIdentitySearchKey" }, /* MAPI */
    { 0x3E06, "PidTagOwnStoreEntryId" }, /* MAPI */
    { 0x3E07, "PidTagResourcePath" }, /* MAPI */
    { 0x3E08, "PidTagStatusString" }, /* MAPI */
    { 0x3E0B, "PidTagRemoteProgress" }, /* MAPI */
    { 0x3E0C, "PidTagRemoteProgressText" }, /* MAPI */
    { 0x3E0D, "PidTagRemoteValidateOk" }, /* MAPI */
    { 0x3F00, "PidTagControlFlags" }, /* MAPI */
    { 0x3F01, "PidTagControlStructure" }, /* MAPI */
    { 0x3F02, "PidTagControlType" }, /* MAPI */
    { 0x3F03, "PidTagDeltaX" }, /* MAPI */
    { 0x3F04, "PidTagDeltaY" }, /* MAPI */
    { 0x3F05, "PidTagXCoordinate" }, /* MAPI */
    { 0x3F06, "PidTagYCoordinate" }, /* MAPI */
    { 0x3F07, "PidTagControlId" }, /* MAPI */
    { 0x3F08, "PidTagInitialDetailsPane" },
    { 0x3FDE, "PidTagInternetCodepage" },
    { 0x3FDF, "PidTagAutoResponseSuppress" },
    { 0x3FE0, "PidTagAccessControlListData" }, /* also PidTagAccessControlListTable (MAPI) */
    { 0x3FE1, "PidTagRulesTable" }, /* MAPI */
    { 0x3FE3, "PidTagDelegatedByRule" },
    { 0x3FE7, "PidTagResolveMethod" },
    { 0x3FEA, "PidTagHasDeferredActionMessages" },
    { 0x3FEB, "PidTagDeferredSendNumber" },
    { 0x3FEC, "PidTagDeferredSendUnits" },
    { 0x3FED, "PidTagExpiryNumber" },
    { 0x3FEE, "PidTagExpiryUnits" },
    { 0x3FEF, "PidTagDeferredSendTime" },
    { 0x3FF0, "PidTagConflictEntryId" },
    { 0x3FF1, "PidTagMessageLocaleId" },
    { 0x3FF8, "PidTagCreatorName" },
    { 0x3FF9, "PidTagCreatorEntryId" },
    { 0x3FFA, "PidTagLastModifierName" },
    { 0x3FFB, "PidTagLastModifierEntryId" },
    { 0x3FFD, "PidTagMessageCodepage" },
    { 0x401A, "PidTagSentRepresentingFlags" },
    { 0x4029, "PidTagReadReceiptAddressType" },
    { 0x402A, "PidTagReadReceiptEmailAddress" },
    { 0x402B, "PidTagReadReceiptName" },
    { 0x403E, "PidTagOrgEmailAddress" }, /* MAPI */
    { 0x4076, "PidTagContentFilterSpamConfidenceLevel" },
    { 0x4079, "PidTagSenderIdStatus" },
    { 0x4082, "PidTagHierRev" },
    { 0x4083, "PidTagPurportedSenderDomain" },
    { 0x5902, "PidTagInternetMailOverrideFormat" },
    { 0x5909, "PidTagMessageEditorFormat" },
    { 0x5D01, "PidTagSenderSmtpAddress" },
    { 0x5D02, "PidTagSentRepresentingSmtpAddress" },
    { 0x5D05, "PidTagReadReceiptSmtpAddress" },
    { 0x5D07, "PidTagReceivedBySmtpAddress" },
    { 0x5D08, "PidTagReceivedRepresentingSmtpAddress" },
    { 0x5FDF, "PidTagRecipientOrder" },
    { 0x5FE1, "PidTagRecipientProposed" },
    { 0x5FE3, "PidTagRecipientProposedStartTime" },
    { 0x5FE4, "PidTagRecipientProposedEndTime" },
    { 0x5FF6, "PidTagRecipientDisplayName" },
    { 0x5FF7, "PidTagRecipientEntryId" },
    { 0x5FFB, "PidTagRecipientTrackStatusTime" },
    { 0x5FFD, "PidTagRecipientFlags" },
    { 0x5FFF, "PidTagRecipientTrackStatus" },
    { 0x6100, "PidTagJunkIncludeContacts" },
    { 0x6101, "PidTagJunkThreshold" },
    { 0x6102, "PidTagJunkPermanentlyDelete" },
    { 0x6103, "PidTagJunkAddRecipientsToSafeSendersList" },
    { 0x6107, "PidTagJunkPhishingEnableLinks" },
    { 0x64F0, "PidTagMimeSkeleton" },
    { 0x65C2, "PidTagReplyTemplateId" },
    { 0x65E0, "PidTagSourceKey" },
    { 0x65E1, "PidTagParentSourceKey" },
    { 0x65E2, "PidTagChangeKey" },
    { 0x65E3, "PidTagPredecessorChangeList" },
    { 0x65E9, "PidTagRuleMessageState" },
    { 0x65EA, "PidTagRuleMessageUserFlags" },
    { 0x65EB, "PidTagRuleMessageProvider" }, /* also PidTagRuleMsgProvider (MAPI) */
    { 0x65EC, "PidTagRuleMessageName" }, /* also PidTagRuleMsgName (MAPI) */
    { 0x65ED, "PidTagRuleMessageLevel" },
    { 0x65EE, "PidTagRuleMessageProviderData" },
    { 0x65F3, "PidTagRuleMessageSequence" },
    { 0x6601, "PidTagContactAddressBookUid" }, /* MAPI */
    { 0x6602, "PidTagContactAddressBookSortFlag" }, /* MAPI */
    { 0x660A, "PidTagProfileType" }, /* MAPI */
    { 0x6610, "PidTagContactAddressBookFolderEntryId" }, /* MAPI */
    { 0x6611, "PidTagContactAddressBookStoreSupportMask" }, /* MAPI */
    { 0x6612, "PidTagContactAddressBookStoreName" }, /* MAPI */
    { 0x6613, "PidTagContactAddressBookFolderName" }, /* MAPI */
    { 0x6614, "PidTagContactAddressBookMultipleAddressFlag" }, /* MAPI */
    { 0x6619, "PidTagUserEntryId" },
    { 0x661B, "PidTagMailboxOwnerEntryId" }, /* also PidTagProfileServerVersion (MAPI) */
    { 0x661C, "PidTagMailboxOwnerName" },
    { 0x661D, "PidTagOutOfOfficeState" },
    { 0x6620, "PidTagNonIpmSubtreeEntryId" }, /* MAPI; also PidTagContactAddressBookFolderEntryIds (MAPI) */
    { 0x6621, "PidTagContactAddressBookStoreSupportMasks" }, /* MAPI */
    { 0x6622, "PidTagSchedulePlusFreeBusyEntryId" }, /* also PidTagContactAddressBookStoreNames (MAPI), PidTagRpcOverHttpProxyServer (MAPI) */
    { 0x6623, "PidTagContactAddressBookFolderNames" }, /* MAPI; also PidTagRpcOverHttpFlags (MAPI) */
    { 0x6624, "PidTagContactAddressBookDisplayNames" }, /* MAPI */
    { 0x6625, "PidTagContactAddressBookMultipleAddressFlags" }, /* MAPI; also PidTagRpcOverHttpProxyPrincipalName (MAPI) */
    { 0x6626, "PidTagContactAddressBookStoreEntryIds" }, /* MAPI */
    { 0x6627, "PidTagRpcOverHttpProxyAuthScheme" }, /* MAPI */
    { 0x6638, "PidTagSerializedReplidGuidMap" },
    { 0x6639, "PidTagRights" },
    { 0x663A, "PidTagHasRules" },
    { 0x663B, "PidTagAddressBookEntryId" }, /* also PidTagProfileServerFullVersion (MAPI) */
    { 0x663E, "PidTagHierarchyChangeNumber" },
    { 0x6645, "PidTagClientActions" },
    { 0x6646, "PidTagDamOriginalEntryId" },
    { 0x6647, "PidTagDamBackPatched" },
    { 0x6648, "PidTagRuleError" },
    { 0x6649, "PidTagRuleActionType" },
    { 0x664A, "PidTagHasNamedProperties" },
    { 0x6650, "PidTagRuleActionNumber" },
    { 0x6651, "PidTagRuleFolderEntryId" },
    { 0x6662, "PidTagRecipientNumber" }, /* MAPI */
    { 0x666A, "PidTagProhibitReceiveQuota" },
    { 0x666C, "PidTagInConflict" },
    { 0x666D, "PidTagMaximumSubmitMessageSize" },
    { 0x666E, "PidTagProhibitSendQuota" },
    { 0x6671, "PidTagMemberId" },
    { 0x6672, "PidTagMemberName" },
    { 0x6673, "PidTagMemberRights" },
    { 0x6674, "PidTagRuleId" },
    { 0x6675, "PidTagRuleIds" },
    { 0x6676, "PidTagRuleSequence" },
    { 0x6677, "PidTagRuleState" },
    { 0x6678, "PidTagRuleUserFlags" },
    { 0x6679, "PidTagRuleCondition" },
    { 0x6680, "PidTagRuleActions" },
    { 0x6681, "PidTagRuleProvider" },
    { 0x6682, "PidTagRuleName" },
    { 0x6683, "PidTagRuleLevel" },
    { 0x6684, "PidTagRuleProviderData" },
    { 0x668F, "PidTagDeletedOn" },
    { 0x66A1, "PidTagLocaleId" },
    { 0x66A8, "PidTagFolderFlags" },
    { 0x66C3, "PidTagCodePageId" },
    { 0x6700, "PidTagPstPath" }, /* MAPI; also PidTagWizardNoPstPage (MAPI) */
    { 0x6701, "PidTagPstRememberPassword" }, /* MAPI; also PidTagWizardNoPabPage (MAPI) */
    { 0x6703, "PidTagPstPasswordSzOld" }, /* MAPI */
    { 0x6704, "PidTagAddressBookManageDistributionList" }, /* also PidTagPstPasswordSzNew (MAPI) */
    { 0x6705, "PidTagSortLocaleId" },
    { 0x6709, "PidTagLocalCommitTime" },
    { 0x670A, "PidTagLocalCommitTimeMax" },
    { 0x670B, "PidTagDeletedCountTotal" },
    { 0x670E, "PidTagFlatUrlName" },
    { 0x6740, "PidTagSentMailSvrEID" },
    { 0x6741, "PidTagDeferredActionMessageOriginalEntryId" },
    { 0x6748, "PidTagFolderId" },
    { 0x6749, "PidTagParentFolderId" },
    { 0x674A, "PidTagMid" },
    { 0x674D, "PidTagInstID" },
    { 0x674E, "PidTagInstanceNum" },
    { 0x674F, "PidTagAddressBookMessageId" },
    { 0x6770, "PidTagPstConfigurationFlags" }, /* MAPI */
    { 0x6771, "PidTagPstPathHint" }, /* MAPI */
    { 0x67A4, "PidTagChangeNumber" },
    { 0x67AA, "PidTagAssociated" },
    { 0x6800, "PidTagOfflineAddressBookName" },
    { 0x6801, "PidTagOfflineAddressBookSequence" }, /* also PidTagVoiceMessageDuration */
    { 0x6802, "PidTagOfflineAddressBookContainerGuid" }, /* also PidTagSenderTelephoneNumber, PidTagRwRulesStream */
    { 0x6803, "PidTagOfflineAddressBookMessageClass" }, /* also PidTagVoiceMessageSenderName */
    { 0x6804, "PidTagOfflineAddressBookDistinguishedName" }, /* also PidTagFaxNumberOfPages */
    { 0x6805, "PidTagOfflineAddressBookTruncatedProperties" }, /* also PidTagVoiceMessageAttachmentOrder */
    { 0x6806, "PidTagCallId" },
    { 0x6820, "PidTagReportingMessageTransferAgent" },
    { 0x6834, "PidTagSearchFolderLastUsed" },
    { 0x683A, "PidTagSearchFolderExpiration" },
    { 0x6841, "PidTagSearchFolderTemplateId" }, /* also PidTagScheduleInfoResourceType */
    { 0x6842, "PidTagScheduleInfoDelegatorWantsCopy" }, /* also PidTagSearchFolderId, PidTagWlinkGroupHeaderID */
    { 0x6843, "PidTagScheduleInfoDontMailDelegates" },
    { 0x6844, "PidTagSearchFolderRecreateInfo" }, /* also PidTagScheduleInfoDelegateNames */
    { 0x6845, "PidTagSearchFolderDefinition" }, /* also PidTagScheduleInfoDelegateEntryIds */
    { 0x6846, "PidTagSearchFolderStorageType" }, /* also PidTagGatewayNeedsToRefresh */
    { 0x6847, "PidTagSearchFolderTag" }, /* also PidTagFreeBusyPublishStart, PidTagWlinkSaveStamp */
    { 0x6848, "PidTagSearchFolderEfpFlags" }, /* also PidTagFreeBusyPublishEnd */
    { 0x6849, "PidTagWlinkType" }, /* also PidTagFreeBusyMessageEmailAddress */
    { 0x684A, "PidTagScheduleInfoDelegateNamesW" }, /* also PidTagWlinkFlags */
    { 0x684B, "PidTagScheduleInfoDelegatorWantsInfo" }, /* also PidTagWlinkOrdinal */
    { 0x684C, "PidTagWlinkEntryId" },
    { 0x684D, "PidTagWlinkRecordKey" },
    { 0x684E, "PidTagWlinkStoreEntryId" },
    { 0x684F, "PidTagScheduleInfoMonthsMerged" }, /* also PidTagWlinkFolderType */
    { 0x6850, "PidTagScheduleInfoFreeBusyMerged" }, /* also PidTagWlinkGroupClsid */
    { 0x6851, "PidTagScheduleInfoMonthsTentative" }, /* also PidTagWlinkGroupName */
    { 0x6852, "PidTagScheduleInfoFreeBusyTentative" }, /* also PidTagWlinkSection */
    { 0x6853, "PidTagScheduleInfoMonthsBusy" }, /* also PidTagWlinkCalendarColor */
    { 0x6854, "PidTagScheduleInfoFreeBusyBusy" }, /* also PidTagWlinkAddressBookEID */
    { 0x6855, "PidTagScheduleInfoMonthsAway" },
    { 0x6856, "PidTagScheduleInfoFreeBusyAway" },
    { 0x6868, "PidTagFreeBusyRangeTimestamp" },
    { 0x6869, "PidTagFreeBusyCountMonths" },
    { 0x686A, "PidTagScheduleInfoAppointmentTombstone" },
    { 0x686B, "PidTagDelegateFlags" },
    { 0x686C, "PidTagScheduleInfoFreeBusy" },
    { 0x686D, "PidTagScheduleInfoAutoAcceptAppointments" },
    { 0x686E, "PidTagScheduleInfoDisallowRecurringAppts" },
    { 0x686F, "PidTagScheduleInfoDisallowOverlappingAppts" },
    { 0x6890, "PidTagWlinkClientID" },
    { 0x6891, "PidTagWlinkAddressBookStoreEID" },
    { 0x6892, "PidTagWlinkROGroupType" },
    { 0x6904, "PidTagNonDeliveryReportFromEntryId" }, /* MAPI */
    { 0x6905, "PidTagNonDeliveryReportFromName" }, /* MAPI */
    { 0x6906, "PidTagNonDeliveryReportFromSearchKey" }, /* MAPI */
    { 0x7001, "PidTagViewDescriptorBinary" },
    { 0x7002, "PidTagViewDescriptorStrings" },
    { 0x7006, "PidTagViewDescriptorName" },
    { 0x7007, "PidTagViewDescriptorVersion" },
    { 0x7C06, "PidTagRoamingDatatypes" },
    { 0x7C07, "PidTagRoamingDictionary" },
    { 0x7C08, "PidTagRoamingXmlStream" },
    { 0x7C09, "PidTagRoamingBinary" }, /* MAPI */
    { 0x7C24, "PidTagOscSyncEnabled" },
    { 0x7D01, "PidTagProcessed" },
    { 0x7FF9, "PidTagExceptionReplaceTime" },
    { 0x7FFA, "PidTagAttachmentLinkId" },
    { 0x7FFB, "PidTagExceptionStartTime" },
    { 0x7FFC, "PidTagExceptionEndTime" },
    { 0x7FFD, "PidTagAttachmentFlags" },
    { 0x7FFE, "PidTagAttachmentHidden" },
    { 0x7FFF, "PidTagAttachmentContactPhoto" },
    { 0x8004, "PidTagAddressBookFolderPathname" },
    { 0x8005, "PidTagAddressBookManager" }, /* also PidTagAddressBookManagerDistinguishedName */
    { 0x8006, "PidTagAddressBookHomeMessageDatabase" },
    { 0x8008, "PidTagAddressBookIsMemberOfDistributionList" },
    { 0x8009, "PidTagAddressBookMember" },
    { 0x800C, "PidTagAddressBookOwner" },
    { 0x800E, "PidTagAddressBookReports" },
    { 0x800F, "PidTagAddressBookProxyAddresses" },
    { 0x8011, "PidTagAddressBookTargetAddress" },
    { 0x8015, "PidTagAddressBookPublicDelegates" },
    { 0x8024, "PidTagAddressBookOwnerBackLink" },
    { 0x802D, "PidTagAddressBookExtensionAttribute1" },
    { 0x802E, "PidTagAddressBookExtensionAttribute2" },
    { 0x802F, "PidTagAddressBookExtensionAttribute3" },
    { 0x8030, "PidTagAddressBookExtensionAttribute4" },
    { 0x8031, "PidTagAddressBookExtensionAttribute5" },
    { 0x8032, "PidTagAddressBookExtensionAttribute6" },
    { 0x8033, "PidTagAddressBookExtensionAttribute7" },
    { 0x8034, "PidTagAddressBookExtensionAttribute8" },
    { 0x8035, "PidTagAddressBookExtensionAttribute9" },
    { 0x8036, "PidTagAddressBookExtensionAttribute10" },
    { 0x803C, "PidTagAddressBookObjectDistinguishedName" },
    { 0x806A, "PidTagAddressBookDeliveryContentLength" },
    { 0x8073, "PidTagAddressBookDistributionListMemberSubmitAccepted" },
    { 0x8170, "PidTagAddressBookNetworkAddress" },
    { 0x8C57, "PidTagAddressBookExtensionAttribute11" },
    { 0x8C58, "PidTagAddressBookExtensionAttribute12" },
    { 0x8C59, "PidTagAddressBookExtensionAttribute13" },
    { 0x8C60, "PidTagAddressBookExtensionAttribute14" },
    { 0x8C61, "PidTagAddressBookExtensionAttribute15" },
    { 0x8C6A, "PidTagAddressBookX509Certificate" },
    { 0x8C6D, "PidTagAddressBookObjectGuid" },
    { 0x8C8E, "PidTagAddressBookPhoneticGivenName" },
    { 0x8C8F, "PidTagAddressBookPhoneticSurname" },
    { 0x8C90, "PidTagAddressBookPhoneticDepartmentName" },
    { 0x8C91, "PidTagAddressBookPhoneticCompanyName" },
    { 0x8C92, "PidTagAddressBookPhoneticDisplayName" },
    { 0x8C93, "PidTagAddressBookDisplayTypeExtended" },
    { 0x8C94, "PidTagAddressBookHierarchicalShowInDepartments" },
    { 0x8C96, "PidTagAddressBookRoomContainers" },
    { 0x8C97, "PidTagAddressBookHierarchicalDepartmentMembers" },
    { 0x8C98, "PidTagAddressBookHierarchicalRootDepartment" },
    { 0x8C99, "PidTagAddressBookHierarchicalParentDepartment" },
    { 0x8C9A, "PidTagAddressBookHierarchicalChildDepartments" },
    { 0x8C9E, "PidTagThumbnailPhoto" },
    { 0x8CA0, "PidTagAddressBookSeniorityIndex" },
    { 0x8CA8, "PidTagAddressBookOrganizationalUnitRootDistinguishedName" },
    { 0x8CAC, "PidTagAddressBookSenderHintTranslations" },
    { 0x8CB5, "PidTagAddressBookModerationEnabled" },
    { 0x8CC2, "PidTagSpokenName" },
    { 0x8CD8, "PidTagAddressBookAuthorizedSenders" },
    { 0x8CD9, "PidTagAddressBookUnauthorizedSenders" },
    { 0x8CDA, "PidTagAddressBookDistributionListMemberSubmitRejected" },
    { 0x8CDB, "PidTagAddressBookDistributionListRejectMessagesFromDLMembers" },
    { 0x8CDD, "PidTagAddressBookHierarchicalIsHierarchicalGroup" },
    { 0x8CE2, "PidTagAddressBookDistributionListMemberCount" },
    { 0x8CE3, "PidTagAddressBookDistributionListExternalMemberCount" },
    { 0xFFFB, "PidTagAddressBookIsMaster" },
    { 0xFFFC, "PidTagAddressBookParentEntryId" },
    { 0xFFFD, "PidTagAddressBookContainerId" },
    { 0, NULL }
};

value_string_ext oxcdata_prop_id_vals_ext = VALUE_STRING_EXT_INIT(prop_id_vals);

/* MS-OXCDATA 2.11.1 Property Data Types (low half of a property tag).
 * Sorted ascending by value (required by value_string_ext). */
const value_string oxcdata_prop_type_vals[] = {
    { 0x0000, "PtypUnspecified" },
    { 0x0001, "PtypNull" },
    { 0x0002, "PtypInteger16" },
    { 0x0003, "PtypInteger32" },
    { 0x0004, "PtypFloating32" },
    { 0x0005, "PtypFloating64" },
    { 0x0006, "PtypCurrency" },
    { 0x0007, "PtypFloatingTime" },
    { 0x000A, "PtypErrorCode" },
    { 0x000B, "PtypBoolean" },
    { 0x000D, "PtypObject" }, /* also PtypEmbeddedTable */
    { 0x0014, "PtypInteger64" },
    { 0x001E, "PtypString8" },
    { 0x001F, "PtypString" },
    { 0x0040, "PtypTime" },
    { 0x0048, "PtypGuid" },
    { 0x00FB, "PtypServerId" },
    { 0x00FD, "PtypRestriction" },
    { 0x00FE, "PtypRuleAction" },
    { 0x0102, "PtypBinary" },
    { 0x1002, "PtypMultipleInteger16" },
    { 0x1003, "PtypMultipleInteger32" },
    { 0x1004, "PtypMultipleFloating32" },
    { 0x1005, "PtypMultipleFloating64" },
    { 0x1006, "PtypMultipleCurrency" },
    { 0x1007, "PtypMultipleFloatingTime" },
    { 0x1014, "PtypMultipleInteger64" },
    { 0x101E, "PtypMultipleString8" },
    { 0x101F, "PtypMultipleString" },
    { 0x1040, "PtypMultipleTime" },
    { 0x1048, "PtypMultipleGuid" },
    { 0x1102, "PtypMultipleBinary" },
    { 0, NULL }
};

value_string_ext oxcdata_prop_type_vals_ext = VALUE_STRING_EXT_INIT(oxcdata_prop_type_vals);
