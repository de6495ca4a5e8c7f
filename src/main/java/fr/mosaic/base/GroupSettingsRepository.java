package fr.mosaic.base;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupSettingsRepository extends JpaRepository<GroupSettings, Long> {

}
