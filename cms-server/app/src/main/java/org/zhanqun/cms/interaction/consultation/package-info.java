/**
 * Consultations (征集调查): a site's draft put to the public between two dates, the opinions the public
 * sends while it is open, and the result (反馈) the site publishes after it closes. Imports no other
 * feature's internals; personal data of opinions is stored only sealed.
 */
package org.zhanqun.cms.interaction.consultation;
