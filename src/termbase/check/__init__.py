"""`termbase check`: lint texts for term consistency against the glossary.

Inputs are read and stripped of markup (``inputs``, ``markup``, ``textmap``); rules
(``rules``, ``consistency``, ``near_miss``, ``bilingual``) turn term matches into findings;
the engine (``engine``) runs them over many files, applies the configuration and inline
suppressions and decides the exit code; reporters (``report``) only format.
"""
