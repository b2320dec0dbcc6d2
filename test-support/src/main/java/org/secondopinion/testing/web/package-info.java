/**
 * The endpoints a running service maps, checked against its API description and against a table of the roles each
 * one admits, by calling every endpoint with a token of every realm role and without one.
 */
@NullMarked
package org.secondopinion.testing.web;

import org.jspecify.annotations.NullMarked;
