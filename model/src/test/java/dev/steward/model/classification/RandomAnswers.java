package dev.steward.model.classification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/// Random answer sets for property tests: every question answered (hidden ones too, to exercise
/// visibility) with one of its options, a random subset for multiple choice, some left blank.
final class RandomAnswers {
    private RandomAnswers() {
    }

    /// @param blankOneIn about one question in this many is left unanswered
    static Answers of(Questionnaire questionnaire, Random random, int blankOneIn) {
        Map<String, Object> raw = new HashMap<>();
        for (Question question : questionnaire.questions()) {
            if (random.nextInt(blankOneIn) == 0) {
                continue;
            }
            List<String> options = question.allowedValues();
            switch (question.type()) {
                case TEXT -> raw.put(question.id(), "free text");
                case MULTIPLE_CHOICE -> {
                    List<String> selection = new ArrayList<>();
                    options.forEach(o -> {
                        if (random.nextInt(4) == 0) {
                            selection.add(o);
                        }
                    });
                    raw.put(question.id(), selection);
                }
                default -> raw.put(question.id(), options.get(random.nextInt(options.size())));
            }
        }
        return Answers.of(raw);
    }
}
