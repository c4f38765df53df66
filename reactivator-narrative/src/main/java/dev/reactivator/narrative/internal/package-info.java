/**
 * The personal-data helpers of the privacy firewall: contact masking and the dictionary of a base's
 * names, phones and e-mails. Leaf code that imports no type of its parent package. Not an API.
 */
package dev.reactivator.narrative.internal;
