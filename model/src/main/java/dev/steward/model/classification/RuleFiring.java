package dev.steward.model.classification;

import java.util.List;

/// One entry of a classification trace: a rule that fired, the answers it read and what it did.
///
/// @param ruleId     stable id such as `R01-credential-autonomy`
/// @param ruleTitle  short human title
/// @param answerRefs the answers behind it, formatted `question_id=value`
/// @param effect     the reason and its consequences (verdict, floors, required control codes)
public record RuleFiring(String ruleId, String ruleTitle, List<String> answerRefs, String effect) {
    public RuleFiring {
        answerRefs = List.copyOf(answerRefs);
    }
}
