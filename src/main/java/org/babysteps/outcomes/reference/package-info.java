/**
 * The all-sites reference SD of reliable change: worked out daily from every site's baseline totals, stored, and read
 * by every analysis of an instrument that has no published threshold or reference SD.
 */
package org.babysteps.outcomes.reference;
