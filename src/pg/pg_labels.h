/*
 * pg_labels.h — the labels of policy_labels as the predicates see them:
 * shares_with, collects, mentions_law and grants_right test one label
 * each, and their planner support function rewrites a call into the
 * equivalent policy_labels(policy) @> ARRAY['prefix:value'] where a GIN
 * index serves it.
 */
#ifndef PG_LABELS_H
#define PG_LABELS_H

#include "postgres.h"

/* The label "prefix:enumlabel" of an extension enum value (shares:advertisers). */
char	   *policy_enum_label(const char *prefix, Oid value);

/* The position of an enum value's label in names, or -1 when names lacks it. */
int			policy_enum_value_index(Oid value, const char *const *names, int nnames);

/* The index of a law code in pc_law_names; an unknown code is an error (22023). */
int			policy_law_index(const char *code);

/* The label "law:code" of a law code, lower-cased; an unknown code is an error. */
char	   *policy_law_label_text(const char *code);

/* A text[] holding one label. */
Datum		policy_label_array(const char *label);

#endif							/* PG_LABELS_H */
