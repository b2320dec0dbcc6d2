/**
 * Scores the assessment service on an evaluation set of patient records written apart from the rules: loads the
 * records into the EHR the stack syncs from, waits until the pipeline has assessed them, and prints precision and
 * recall per criterion, all over HTTP.
 */
@NullMarked
package org.secondopinion.localstack.evaluation;

import org.jspecify.annotations.NullMarked;
