/**
 * The Spanish web interface: server-rendered Thymeleaf pages, one package per feature, that send the
 * same commands and queries as the REST controllers and add no business rule of their own.
 *
 * <p>Every page is built on {@code templates/layout.html} (header with the entity, the user and the
 * roles, language switch, skip link, landmarks, footer with the date of the last update). Forms post
 * with CSRF tokens and answer with a redirect to a page that states what was recorded; a refused
 * command is shown beside the form with the same text the API's problem detail would carry.
 */
package org.gelplan.ui;
