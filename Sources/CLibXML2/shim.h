#ifndef COPYDESK_CLIBXML2_SHIM_H
#define COPYDESK_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its ICU headers clash with Foundation's own copy of ICU.
   No Copydesk code touches ICU converters through libxml2, so keep them out of the module. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a C global function pointer; Swift 6 strict concurrency rejects touching it. */
static inline void copydesk_xmlFree(void *pointer) { xmlFree(pointer); }

/* Swallow every libxml2 diagnostic: the generic handler is variadic, so it is set here. */
static void copydesk_silentGenericError(void *context, const char *message, ...) {
    (void)context; (void)message;
}
static void copydesk_silentStructuredError(void *context, xmlErrorPtr error) {
    (void)context; (void)error;
}
/* Error handlers are per thread in libxml2: call on every thread before parsing. */
static inline void copydesk_silenceLibXML2(void) {
    xmlSetGenericErrorFunc(NULL, copydesk_silentGenericError);
    xmlSetStructuredErrorFunc(NULL, copydesk_silentStructuredError);
}

/* XML_PARSE_HUGE lifts the depth-256 and 10 MB text-node limits; HTML_PARSE_HUGE only exists from 2.14. */
static const int COPYDESK_HTML_OPTIONS =
    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
    | XML_PARSE_HUGE | XML_PARSE_COMPACT;

#endif
