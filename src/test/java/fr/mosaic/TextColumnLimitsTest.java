package fr.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.internal.EmbeddedCollectionPart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every text column of the schema is mapped, and its length is the {@code @Size} of the property that holds it (reached
 * by validation even inside element collections), so a value too long is refused on its field with its own message
 * instead of failing in the database. A new column without its {@code @Size} fails here.
 */
@SpringBootTest
class TextColumnLimitsTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Validator validator;

	/** Where a column is held: the class declaring the property, the property, and its Java type. */
	record Holder(Class<?> owner, String property, Class<?> type, boolean validatedFromEntity) {
	}

	record TextColumn(String table, String column, int length, boolean notNull) {

		@Override
		public String toString() {
			return table + "." + column;
		}

	}

	@Test
	void everyTextColumnHasItsLengthAsSizeOnTheProperty() {
		var holders = holders();
		var columns = textColumns();
		assertThat(columns).as("text columns found").hasSizeGreaterThan(10);

		assertThat(columns).allSatisfy(column -> {
			var holder = holders.get(column.table() + "." + column.column());
			assertThat(holder).as("%s is mapped by an entity", column).isNotNull();
			if (holder.type().isEnum()) {
				var longest = Arrays.stream(holder.type().getEnumConstants())
						.mapToInt(constant -> ((Enum<?>) constant).name().length()).max().orElse(0);
				assertThat(longest).as("%s holds the longest %s", column, holder.type().getSimpleName())
						.isLessThanOrEqualTo(column.length());
				return;
			}
			if (holder.type() == ZoneOffset.class) {
				assertThat("+HH:MM".length()).as("%s holds a UTC offset", column).isLessThanOrEqualTo(column.length());
				return;
			}
			assertThat(holder.type()).as("%s holds text", column).isEqualTo(String.class);
			assertThat(holder.validatedFromEntity()).as("%s is validated with its entity (@Valid)", column).isTrue();
			var constraints = constraints(holder);
			assertThat(constraints).as("%s has @Size(max = %d)", column, column.length()).anySatisfy(constraint -> {
				assertThat(constraint.getAnnotation()).isInstanceOf(Size.class);
				assertThat(((Size) constraint.getAnnotation()).max()).isEqualTo(column.length());
			});
			assertThat(constraints).as("every message of %s is a bundle key", column)
					.allSatisfy(constraint -> assertThat(constraint.getMessageTemplate()).matches("\\{[a-z][\\w.]*}"));
			if (column.notNull()) {
				assertThat(constraints).as("%s, NOT NULL, is @NotBlank", column)
						.anySatisfy(constraint -> assertThat(constraint.getAnnotation()).isInstanceOf(NotBlank.class));
			}
		});
	}

	private List<TextColumn> textColumns() {
		return jdbc.query("""
				SELECT table_name, column_name, character_maximum_length, is_nullable FROM information_schema.columns
				WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext',
				'longtext') AND table_name <> 'flyway_schema_history' ORDER BY table_name, ordinal_position""",
				(row, index) -> new TextColumn(row.getString(1), row.getString(2), row.getInt(3),
						"NO".equals(row.getString(4))));
	}

	/** The holder of every column a basic attribute maps, in entity tables and element-collection tables alike. */
	private Map<String, Holder> holders() {
		var holders = new HashMap<String, Holder>();
		var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
		metamodel.forEachEntityDescriptor(entity -> entity.forEachAttributeMapping(attribute -> {
			if (attribute.isPluralAttributeMapping() && attribute.asPluralAttributeMapping()
					.getElementDescriptor() instanceof EmbeddedCollectionPart rows) {
				var cascaded = elementsCascaded(entity.getMappedClass(), attribute.getAttributeName());
				rows.getEmbeddableTypeDescriptor().forEachAttributeMapping(part -> put(holders, part,
						rows.getEmbeddableTypeDescriptor().getJavaType().getJavaTypeClass(), cascaded));
			} else {
				put(holders, attribute, entity.getMappedClass(), true);
			}
		}));
		return holders;
	}

	private static void put(Map<String, Holder> holders, AttributeMapping attribute, Class<?> owner,
			boolean validatedFromEntity) {
		if (attribute instanceof SelectableMapping column) {
			holders.put(column.getContainingTableExpression() + "." + column.getSelectionExpression(), new Holder(owner,
					attribute.getAttributeName(), attribute.getJavaType().getJavaTypeClass(), validatedFromEntity));
		}
	}

	/** Whether validating the entity reaches the elements of its collection ({@code List<@Valid Row>}). */
	private boolean elementsCascaded(Class<?> entity, String collection) {
		return property(entity, collection)
				.map(p -> p.isCascaded()
						|| p.getConstrainedContainerElementTypes().stream().anyMatch(element -> element.isCascaded()))
				.orElse(false);
	}

	private List<ConstraintDescriptor<?>> constraints(Holder holder) {
		return property(holder.owner(), holder.property())
				.map(p -> new ArrayList<ConstraintDescriptor<?>>(p.getConstraintDescriptors()))
				.orElseGet(ArrayList::new);
	}

	private Optional<PropertyDescriptor> property(Class<?> type, String name) {
		return Optional.ofNullable(validator.getConstraintsForClass(type).getConstraintsForProperty(name));
	}

}
