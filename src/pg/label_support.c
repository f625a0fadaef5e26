/*
 * label_support.c — the planner support function of the label predicates
 * shares_with, collects, mentions_law and grants_right.
 *
 * SupportRequestSimplify: when the policy argument is a column of a table,
 * materialized view or partitioned table that has a valid GIN index on
 * policy_labels(column), the call becomes the condition that index
 * answers, shares_with(p, 'advertisers') → policy_labels(p) @>
 * '{shares:advertisers}' (or @> policy_label('shares', $1) for a value
 * that is not a constant, as in 1.0's SQL bodies).  Anywhere else the call stays a call: cheaper
 * than building the label array, and shippable by postgres_fdw, which in
 * PostgreSQL 15 refuses a text[] comparison whose collation does not come
 * from a remote column.  The rewrite has to happen here, before the
 * planner looks at indexes, because PostgreSQL asks a support function for
 * an index condition (SupportRequestIndexCondition) only when an argument
 * of the call is itself the indexed expression, and policy_labels(p)
 * never is one.  A mentions_law call that stays a call loses the collation
 * of its law code, which it ignores, so that postgres_fdw ships it too.
 *
 * SupportRequestSelectivity: a call left as a call is estimated as the
 * equivalent @> condition, from whatever statistics ANALYZE keeps on
 * policy_labels(column) (an index or a CREATE STATISTICS expression).
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/table.h"
#include "catalog/pg_class.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_operator.h"
#include "catalog/pg_type.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "parser/parsetree.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/relcache.h"

#include "pg_labels.h"

PG_FUNCTION_INFO_V1(policy_label_support);

/* A predicate that tests one label of policy_labels. */
typedef struct LabelPredicate
{
	const char *name;			/* the SQL function */
	const char *prefix;			/* its labels' prefix */
	bool		by_law_code;	/* the value is a law code (text), not an enum */
} LabelPredicate;

static const LabelPredicate label_predicates[] = {
	{"shares_with", "shares", false},
	{"collects", "collects", false},
	{"mentions_law", "law", true},
	{"grants_right", "right", false},
};

/* The label predicate that function funcid is, or NULL. */
static const LabelPredicate *
label_predicate(Oid funcid)
{
	char	   *name = get_func_name(funcid);

	for (int i = 0; name && i < lengthof(label_predicates); i++)
		if (strcmp(name, label_predicates[i].name) == 0)
			return &label_predicates[i];
	return NULL;
}

/* Whether args are those of a call of label predicate p whose value is not a NULL constant. */
static bool
label_call(const LabelPredicate *p, List *args)
{
	Node	   *value = list_length(args) == 2 ? lsecond(args) : NULL;

	return p != NULL && value != NULL && !(IsA(value, Const) && ((Const *) value)->constisnull);
}

/* The OID of the extension's function name(argtypes), in the schema of predicate funcid. */
static Oid
extension_function(Oid funcid, const char *name, int nargs, const Oid *argtypes)
{
	List	   *qualified = list_make2(makeString(get_namespace_name(get_func_namespace(funcid))),
									   makeString(pstrdup(name)));

	return LookupFuncName(qualified, nargs, argtypes, false);
}

/*
 * The one-label text[] a call looks for: a constant when its value is one
 * (an unknown law code fails here, at plan time), otherwise the call of
 * policy_label or policy_law_label on the value, as in 1.0's SQL bodies.
 */
static Expr *
wanted_label(const LabelPredicate *p, Oid funcid, Node *value)
{
	static const Oid enum_label_args[] = {TEXTOID, ANYENUMOID};
	static const Oid law_label_args[] = {TEXTOID};
	char	   *label;
	List	   *args;
	Oid			fn;

	if (IsA(value, Const))
	{
		Const	   *c = (Const *) value;

		label = p->by_law_code ? policy_law_label_text(TextDatumGetCString(c->constvalue))
			: policy_enum_label(p->prefix, DatumGetObjectId(c->constvalue));
		return (Expr *) makeConst(TEXTARRAYOID, -1, DEFAULT_COLLATION_OID, -1,
								  policy_label_array(label), false, false);
	}
	if (p->by_law_code)
	{
		fn = extension_function(funcid, "policy_law_label", 1, law_label_args);
		args = list_make1(copyObject(value));
	}
	else
	{
		fn = extension_function(funcid, "policy_label", 2, enum_label_args);
		args = list_make2(makeConst(TEXTOID, -1, DEFAULT_COLLATION_OID, -1,
									CStringGetTextDatum(p->prefix), false, false),
						  copyObject(value));
	}
	return (Expr *) makeFuncExpr(fn, TEXTARRAYOID, args, DEFAULT_COLLATION_OID,
								 DEFAULT_COLLATION_OID, COERCE_EXPLICIT_CALL);
}

/* The OID of policy_labels(policy) in the schema of predicate funcid. */
static Oid
labels_function(Oid funcid, Oid policy_type)
{
	return extension_function(funcid, "policy_labels", 1, &policy_type);
}

/* The condition policy_labels(policy) @> wanted, typed as an index expression is. */
static Expr *
contains_label(Oid labels_fn, Node *policy, Expr *wanted)
{
	Expr	   *labels = (Expr *) makeFuncExpr(labels_fn, TEXTARRAYOID, list_make1(copyObject(policy)),
											   DEFAULT_COLLATION_OID, InvalidOid,
											   COERCE_EXPLICIT_CALL);
	OpExpr	   *op = (OpExpr *) make_opclause(OID_ARRAY_CONTAINS_OP, BOOLOID, false, labels,
											  wanted, InvalidOid, DEFAULT_COLLATION_OID);

	op->opfuncid = F_ARRAYCONTAINS;
	return (Expr *) op;
}

/* Whether a key column of index is labels_fn(column attno) in a family that has @>. */
static bool
index_serves_labels(Relation index, AttrNumber attno, Oid labels_fn)
{
	List	   *exprs;
	ListCell   *next_expr;

	if (!index->rd_index->indisvalid)
		return false;
	exprs = RelationGetIndexExpressions(index);
	next_expr = list_head(exprs);
	for (int col = 0; col < index->rd_index->indnkeyatts; col++)
	{
		FuncExpr   *key;
		Var		   *arg;

		if (index->rd_index->indkey.values[col] != 0)
			continue;			/* a plain column, no expression */
		key = (FuncExpr *) lfirst(next_expr);
		next_expr = lnext(exprs, next_expr);
		if (!IsA(key, FuncExpr) || key->funcid != labels_fn || list_length(key->args) != 1)
			continue;
		arg = (Var *) linitial(key->args);
		if (IsA(arg, Var) && arg->varattno == attno &&
			op_in_opfamily(OID_ARRAY_CONTAINS_OP, index->rd_opfamily[col]))
			return true;
	}
	return false;
}

/* Whether relation relid has a valid GIN index on labels_fn(column attno). */
static bool
has_labels_index(Oid relid, AttrNumber attno, Oid labels_fn)
{
	Relation	rel = table_open(relid, NoLock);	/* locked since parse analysis */
	List	   *indexes = RelationGetIndexList(rel);
	ListCell   *lc;
	bool		found = false;

	foreach(lc, indexes)
	{
		Relation	index = index_open(lfirst_oid(lc), AccessShareLock);

		found = index_serves_labels(index, attno, labels_fn);
		index_close(index, AccessShareLock);
		if (found)
			break;
	}
	list_free(indexes);
	table_close(rel, NoLock);
	return found;
}

/* The policy_labels function whose GIN index serves the call's column, or InvalidOid. */
static Oid
indexed_labels_function(PlannerInfo *root, FuncExpr *call)
{
	Var		   *policy = (Var *) linitial(call->args);
	RangeTblEntry *rte;
	Oid			labels_fn;

	if (root == NULL || !IsA(policy, Var) || policy->varlevelsup != 0)
		return InvalidOid;
	rte = rt_fetch(policy->varno, root->parse->rtable);
	if (rte->rtekind != RTE_RELATION ||
		(rte->relkind != RELKIND_RELATION && rte->relkind != RELKIND_MATVIEW &&
		 rte->relkind != RELKIND_PARTITIONED_TABLE))
		return InvalidOid;
	labels_fn = labels_function(call->funcid, policy->vartype);
	return has_labels_index(rte->relid, policy->varattno, labels_fn) ? labels_fn : InvalidOid;
}

/*
 * The call with its law code free of collation.  The code is matched
 * without regard to collation anyway, and postgres_fdw ships a call only
 * when its input collation comes from a remote column or there is none.
 */
static Node *
collation_free_call(FuncExpr *call)
{
	FuncExpr   *copy = copyObject(call);

	((Const *) lsecond(copy->args))->constcollid = InvalidOid;
	copy->inputcollid = InvalidOid;
	return (Node *) copy;
}

/* A call on an indexed column becomes its @> condition; other calls stay calls. */
static Node *
simplify_call(SupportRequestSimplify *req)
{
	FuncExpr   *call = req->fcall;
	const LabelPredicate *p = label_predicate(call->funcid);
	Node	   *value;
	Expr	   *wanted;
	Oid			labels_fn;

	if (!label_call(p, call->args))
		return NULL;
	value = lsecond(call->args);
	wanted = wanted_label(p, call->funcid, value);
	labels_fn = indexed_labels_function(req->root, call);
	if (OidIsValid(labels_fn))
		return (Node *) contains_label(labels_fn, linitial(call->args), wanted);
	return p->by_law_code && IsA(value, Const) ? collation_free_call(call) : NULL;
}

/* The selectivity of a call, estimated as that of its @> condition. */
static Node *
estimate_call(SupportRequestSelectivity *req)
{
	const LabelPredicate *p = label_predicate(req->funcid);
	Node	   *policy;
	Expr	   *condition;

	if (!label_call(p, req->args))
		return NULL;
	policy = linitial(req->args);
	condition = contains_label(labels_function(req->funcid, exprType(policy)), policy,
							   wanted_label(p, req->funcid, lsecond(req->args)));
	req->selectivity = clause_selectivity(req->root, (Node *) condition, req->varRelid,
										  req->jointype, req->sjinfo);
	return (Node *) req;
}

/* The planner support function of shares_with, collects, mentions_law and grants_right. */
Datum
policy_label_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);

	if (IsA(rawreq, SupportRequestSimplify))
		PG_RETURN_POINTER(simplify_call((SupportRequestSimplify *) rawreq));
	if (IsA(rawreq, SupportRequestSelectivity))
		PG_RETURN_POINTER(estimate_call((SupportRequestSelectivity *) rawreq));
	PG_RETURN_POINTER(NULL);
}
