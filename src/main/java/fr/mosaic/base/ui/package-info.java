/** The application shell, translations, error handling and components shared by the feature screens. */
@NullMarked
@NamedInterface("ui")
package fr.mosaic.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
