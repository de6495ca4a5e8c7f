package fr.mosaic.base;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class GroupSettingsService {

	private final GroupSettingsRepository repository;

	GroupSettingsService(GroupSettingsRepository repository) {
		this.repository = repository;
	}

	/** The single settings row, created by the first migration. */
	@Transactional(readOnly = true)
	public GroupSettings get() {
		return repository.findAll().getFirst();
	}

	@Transactional
	public GroupSettings save(GroupSettings settings) {
		return repository.save(settings);
	}

}
