package fr.mosaic.base.ui;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import com.vaadin.flow.data.provider.Query;

/** Grid queries as Spring pages; services sort, so the grid's sort order is not passed on. */
final class VaadinSpringDataHelpers {

	private VaadinSpringDataHelpers() {
	}

	static Pageable pageOf(Query<?, ?> query) {
		return PageRequest.of(query.getPage(), query.getPageSize());
	}

}
