/*
 * retention_data.h — the kind of data a retention statement is about
 * (retention_data.c).
 */
#ifndef PC_RETENTION_DATA_H
#define PC_RETENTION_DATA_H

#include "pc_internal.h"

/* The data type named nearest to [start, end) in the clause, or PC_DATA_NONE. */
uint8_t		pc_retention_data_type(const PcWork *w, uint32_t clause, size_t start, size_t end);

#endif							/* PC_RETENTION_DATA_H */
