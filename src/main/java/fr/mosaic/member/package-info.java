/** Member employers of the group and their sites, with travel-time overrides between sites. */
@NullMarked
package fr.mosaic.member;

import org.jspecify.annotations.NullMarked;
