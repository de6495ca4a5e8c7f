package fr.mosaic.demo;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** French names and places for generated groups: members by kind, people, towns of the Lyon area. */
final class FrenchNames {

	static final List<String> FIRST_NAMES = List.of("Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie",
			"Émilie", "Nathalie", "Sandrine", "Isabelle", "Céline", "Sophie", "Amandine", "Océane", "Lucas", "Hugo",
			"Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Karim", "Mehdi", "Sébastien", "Romain", "Yannick",
			"Pierre", "Laurent", "Olivier", "Fatima", "Aïcha", "Mathieu", "Claire", "Pauline");

	static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
			"Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
			"Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
			"Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Chevalier", "Perrin", "Benali", "Mercier", "Faure");

	/** A town with its postcode and centre. */
	record Town(String name, String postcode, double lat, double lon) {
	}

	/** Towns of the Lyon metropolis, within about 15 km of the centre. */
	static final List<Town> LYON = List.of(new Town("Lyon", "69003", 45.764, 4.8357),
			new Town("Villeurbanne", "69100", 45.7719, 4.8902), new Town("Écully", "69130", 45.7745, 4.7773),
			new Town("Bron", "69500", 45.7386, 4.9133), new Town("Caluire-et-Cuire", "69300", 45.7953, 4.8466),
			new Town("Oullins", "69600", 45.7145, 4.8079), new Town("Vaulx-en-Velin", "69120", 45.7786, 4.9217),
			new Town("Tassin-la-Demi-Lune", "69160", 45.7631, 4.7556),
			new Town("Saint-Priest", "69800", 45.6965, 4.9440), new Town("Limonest", "69760", 45.8370, 4.7718),
			new Town("Meyzieu", "69330", 45.7667, 5.0036), new Town("Sainte-Foy-lès-Lyon", "69110", 45.7339, 4.7939));

	/** Towns of the wider Rhône, Ain and Isère area, up to about 40 km out, for larger groups. */
	static final List<Town> REGION = List.of(new Town("Villefranche-sur-Saône", "69400", 45.9899, 4.7193),
			new Town("Vienne", "38200", 45.5253, 4.8746), new Town("Bourgoin-Jallieu", "38300", 45.5863, 5.2736),
			new Town("Givors", "69700", 45.5907, 4.7690), new Town("L'Arbresle", "69210", 45.8348, 4.6168),
			new Town("Meximieux", "01800", 45.9050, 5.1946), new Town("Trévoux", "01600", 45.9412, 4.7745),
			new Town("Crémieu", "38460", 45.7244, 5.2484), new Town("Mornant", "69440", 45.6186, 4.6722),
			new Town("Neuville-sur-Saône", "69250", 45.8760, 4.8414));

	/** A kind of member: how it is named, its site names and the skills it asks for. */
	record Kind(String prefix, List<String> sites, List<String> skills) {
	}

	static final List<Kind> KINDS = List.of(
			new Kind("Boulangerie", List.of("Boutique", "Fournil"), List.of("entretien", "secretariat")),
			new Kind("Mairie de", List.of("Hôtel de ville", "Services techniques"),
					List.of("espaces-verts", "secretariat", "entretien")),
			new Kind("Association sportive de", List.of("Gymnase", "Stade"),
					List.of("animation-sportive", "secretariat")),
			new Kind("Cabinet comptable", List.of("Bureau", "Agence"), List.of("comptabilite", "secretariat")),
			new Kind("EHPAD", List.of("Résidence", "Annexe"),
					List.of("aide-domicile", "entretien", "animation-sportive")),
			new Kind("Golf de", List.of("Parcours", "Club-house"), List.of("espaces-verts", "entretien")),
			new Kind("Association d'aide à domicile de", List.of("Antenne", "Permanence"),
					List.of("aide-domicile", "secretariat")),
			new Kind("Camping", List.of("Accueil", "Terrain"), List.of("espaces-verts", "entretien")),
			new Kind("Garage", List.of("Atelier", "Bureau"), List.of("comptabilite", "secretariat")),
			new Kind("Domaine viticole", List.of("Chai", "Vignes"), List.of("espaces-verts", "comptabilite")),
			new Kind("Club de tennis", List.of("Courts", "Club-house"), List.of("animation-sportive", "entretien")),
			new Kind("Crèche", List.of("Maison", "Jardin"), List.of("entretien", "animation-sportive")));

	static final List<String[]> SKILLS = List.of(new String[] { "comptabilite", "Comptabilité" },
			new String[] { "espaces-verts", "Espaces verts" },
			new String[] { "animation-sportive", "Animation sportive" }, new String[] { "secretariat", "Secrétariat" },
			new String[] { "entretien", "Entretien des locaux" }, new String[] { "aide-domicile", "Aide à domicile" });

	/** Streets most French towns have, for the demo sites' addresses. */
	static final List<String> STREETS = List.of("rue de la République", "avenue Jean-Jaurès", "rue Victor-Hugo",
			"place de la Mairie", "rue Pasteur", "chemin des Vignes", "rue du Stade", "avenue de la Gare",
			"rue des Écoles", "route de Lyon", "rue Émile-Zola", "boulevard de la Liberté");

	private FrenchNames() {
	}

	/**
	 * A plausible postal address at a point: a street of the nearest town, with its postcode. The same seed gives the
	 * same street and number.
	 */
	static String address(double lat, double lon, int seed) {
		var town = Stream.concat(LYON.stream(), REGION.stream())
				.min(Comparator.comparingDouble(t -> Math.hypot(t.lat() - lat, (t.lon() - lon) * 0.7))).orElseThrow();
		return (Math.floorMod(seed, 97) + 1) + " " + STREETS.get(Math.floorMod(seed / 97, STREETS.size())) + ", "
				+ town.postcode() + " " + town.name();
	}

}
