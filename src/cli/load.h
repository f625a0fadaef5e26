/*
 * load.h — `policy-clauses load`, the bulk loader.
 */
#ifndef CLI_LOAD_H
#define CLI_LOAD_H

/* Run the loader on the arguments after "load"; returns the exit status. */
int			cli_load(int argc, char **argv);

#endif							/* CLI_LOAD_H */
