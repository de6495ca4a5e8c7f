/** Screens of the member register: members and their sites. */
@NullMarked
package fr.mosaic.member.ui;

import org.jspecify.annotations.NullMarked;
