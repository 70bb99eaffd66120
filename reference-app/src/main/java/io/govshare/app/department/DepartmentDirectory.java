package io.govshare.app.department;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The {@link Departments} port, read from this feature's repository. */
@ApplicationScoped
class DepartmentDirectory implements Departments {

    @Inject
    DepartmentRepository repository;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DepartmentInfo> find(String code) {
        return repository.find(code).map(DepartmentInfo::of);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DepartmentInfo> findByNumber(String number) {
        return repository.findByNumber(number).map(DepartmentInfo::of);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DepartmentInfo> all() {
        return repository.all().stream().map(DepartmentInfo::of).toList();
    }
}
