/**
 * Checks that run without a model and keep bad model output from passing as good: text left in
 * Indonesian ({@link warta.core.check.UntranslatedCheck}), source sentences with no counterpart
 * in the translation ({@link warta.core.check.OmittedCheck}), and numbers, dates and names that the
 * reference does not support ({@link warta.core.check.UnsupportedCheck}), and terms a translation
 * renders in more than one way ({@link warta.core.check.Terms}). Each reports
 * {@link warta.core.check.Finding}s; {@link warta.core.check.Checks} gathers them. Types that are
 * not public are implementation details.
 */
package warta.core.check;
