package dev.sqlrecord.benchmarks.contenders.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** {@code comments}, read only here. */
@Entity
@Table(name = "comments")
public class CommentEntity {
    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private PostEntity post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserEntity author;

    private String body;

    @Column(name = "created_at", insertable = false, updatable = false)
    private long createdAt;

    protected CommentEntity() {}

    public Long getId() {
        return id;
    }

    public PostEntity getPost() {
        return post;
    }

    public UserEntity getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public long getCreatedAt() {
        return createdAt;
    }
}
