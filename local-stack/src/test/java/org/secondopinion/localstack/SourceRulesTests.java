package org.secondopinion.localstack;

import org.secondopinion.testing.source.SourceRulesContract;

/** The source rules every module keeps (see {@link SourceRulesContract}). */
class SourceRulesTests extends SourceRulesContract {

}
