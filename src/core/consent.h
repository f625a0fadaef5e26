/*
 * consent.h — the words of consent that the reach of negations (scope.c:
 * "we do not need your consent", "you do not agree"), the classifier's cues
 * (classify_cues.c: "we ask for your permission first", "your continued use
 * means you accept the changes"), a denial lifted by consent
 * (extract_collection.c: "unless we obtain your consent") and consent asked
 * before a sale (sales.c) read, as pattern alternatives that also serve as
 * a cue's word list.
 */
#ifndef PC_CONSENT_H
#define PC_CONSENT_H

/* Words of assent: "you agree", "acceptance", "consents" (each a word, or a prefix without \b). */
#define PC_ASSENT_WORDS "accept|accepts|accepting|acceptance|agree|agrees|agreeing|agreement|consent|consents"

/* What is asked of the user before a practice: "your consent", "permission". */
#define PC_CONSENT_NOUNS "consent|permission"

/* Verbs that ask for it, in their bare form: "obtain your consent", "seek permission". */
#define PC_CONSENT_SEEKING "obtain|seek|request"

#endif							/* PC_CONSENT_H */
