package io.govshare.app.catalog;

/** The moves a reviewer or cataloguer can make on an entry ({@code POST .../transitions}). */
public enum LifecycleAction {
    /** 提交注册审核: a cataloguer hands a draft (or a returned entry) in for review. */
    SUBMIT,
    /** 注册审核通过: the entry is registered in the catalog. */
    APPROVE,
    /** 退回 / 注册拒绝 / 发布拒绝: back to the cataloguer, always with a reason. */
    REJECT,
    /** 发布: a registered entry becomes visible to every department. */
    PUBLISH,
    /** 下线: a published entry is withdrawn, with a reason. */
    RETIRE;

    public boolean needsReason() {
        return this == REJECT || this == RETIRE;
    }
}
