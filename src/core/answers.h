/*
 * answers.h — yes/no questions a policy asks of its own practice and
 * answers "no" in the clause after them ("Do we sell your data?" "No."),
 * for the extractors of sharing, collection and sales.
 */
#ifndef PC_ANSWERS_H
#define PC_ANSWERS_H

#include "pc_internal.h"

/*
 * True when clause i asks a yes/no question of the company's practice
 * ("Does the app share your location with advertisers?") and the clause
 * after it answers a bare "no" ("No.", "No, never.", "We do not.").
 */
bool		pc_answered_no(const PcWork *w, uint32_t i);

/*
 * Deny each SHARES fact of a question answered "no" (pc_answered_no), and
 * each COLLECTS fact when the question asks about collecting.
 */
void		pc_deny_answered_no(PcWork *w);

#endif							/* PC_ANSWERS_H */
