package io.onewindow.evaluation;

/** Rating results for other modules (督办) and the public page. */
public interface Evaluations {

    SatisfactionFigures figures();
}
