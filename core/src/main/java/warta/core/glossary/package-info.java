/**
 * The glossary: one fixed English rendering per Indonesian term (titles, offices, institutions,
 * places), so that a long article translated in chunks names each thing the same way every time.
 */
package warta.core.glossary;
